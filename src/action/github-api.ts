import { getOctokit } from '@actions/github';
import type { PullReviewsApi } from './review-suggestions.js';
import type { IssueCommentsApi } from './sticky-comment.js';

/** The issue-comment calls the sticky comment needs, through octokit (which honours GITHUB_API_URL). */
export function issueCommentsApi(
  token: string,
  repository: { owner: string; repo: string },
  issueNumber: number,
  /** Default: GITHUB_API_URL as octokit read it when it loaded. */
  baseUrl?: string,
): IssueCommentsApi {
  const octokit = baseUrl ? getOctokit(token, { baseUrl }) : getOctokit(token);
  const target = { ...repository, issue_number: issueNumber };
  return {
    async tokenLogin() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        // An installation token (GITHUB_TOKEN, a GitHub App) may not read /user: it is a bot's.
        return undefined;
      }
    },
    async listComments(page) {
      const response = await octokit.rest.issues.listComments({ ...target, per_page: 100, page });
      return response.data;
    },
    async createComment(body) {
      const response = await octokit.rest.issues.createComment({ ...target, body });
      return response.data;
    },
    async updateComment(id, body) {
      const response = await octokit.rest.issues.updateComment({ ...repository, comment_id: id, body });
      return response.data;
    },
  };
}

/** The pull-request review calls the review suggestions need. */
export function pullReviewsApi(
  token: string,
  repository: { owner: string; repo: string },
  pullNumber: number,
  baseUrl?: string,
): PullReviewsApi {
  const octokit = baseUrl ? getOctokit(token, { baseUrl }) : getOctokit(token);
  const target = { ...repository, pull_number: pullNumber };
  return {
    async listFiles() {
      // GitHub lists at most 3,000 files of a pull request, 100 a page.
      const files: string[] = [];
      for (let page = 1; page <= 30; page++) {
        const response = await octokit.rest.pulls.listFiles({ ...target, per_page: 100, page });
        files.push(...response.data.map((file) => file.filename));
        if (response.data.length < 100) break;
      }
      return files;
    },
    async listReviewComments(page) {
      const response = await octokit.rest.pulls.listReviewComments({ ...target, per_page: 100, page });
      return response.data.map((comment) => ({ path: comment.path, line: comment.line ?? undefined, body: comment.body }));
    },
    async createReview(review) {
      const response = await octokit.rest.pulls.createReview({ ...target, ...review });
      return { id: response.data.id, html_url: response.data.html_url };
    },
  };
}
