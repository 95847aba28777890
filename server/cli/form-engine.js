#!/usr/bin/env node
// The `form-engine` command: lets tsx load the TypeScript sources, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
