#!/usr/bin/env node
import '../dist/cli/agent.js';
