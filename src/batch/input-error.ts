/** A problem with the input the user gave: reported as is, exit code 1. */
export class InputError extends Error {}
