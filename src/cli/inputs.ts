import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** One input: where it came from, and its JSON (or why it could not be read). */
export interface Input {
  /** The file's path, or `-` for standard input. */
  name: string;
  value?: unknown;
  /** Why the input could not be read: a missing file, invalid JSON. */
  error?: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads and parses one input; never throws. */
export async function readInput(name: string): Promise<Input> {
  let text: string;
  try {
    text = name === '-' ? await readStdin() : await readFile(name, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { name, error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error) };
  }
  try {
    return { name, value: JSON.parse(text) as unknown };
  } catch {
    return { name, error: 'not valid JSON' };
  }
}

/** The page a file becomes in an output directory: `world/summit.json` → `summit.html`. */
export const pageName = (name: string) => `${basename(name).replace(/\.json$/i, '')}.html`;
