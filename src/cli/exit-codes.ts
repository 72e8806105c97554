/** Exit codes CI can trust: 0 all good, 1 the work found or met a failure, 2 the command was used wrongly. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
