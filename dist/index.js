import { createRequire as __initlintCreateRequire } from 'node:module';
const require = __initlintCreateRequire(import.meta.url);
