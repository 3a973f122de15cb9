#!/usr/bin/env -S node --stack-size=3900
// A larger JS stack lets the parser's error pass handle the 200 levels of
// bracket nesting that CPython's tokenizer allows (Linux gives the main thread 8 MB).
import { main } from '../dist/src/cli/main.js';
process.exitCode = main(process.argv.slice(2));
