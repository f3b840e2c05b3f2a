// Loaded by import() from github-context.ts only: @actions/github reads the event file as its
// module loads, and a static import would do that before run() can report a bad file.
export { context } from '@actions/github';
