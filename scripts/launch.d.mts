import type { BrowserContext } from '@playwright/test';

/** Absolute path of the shipped build, .output/chrome-mv3. */
export const EXTENSION_DIR: string;
/** Absolute path of the end-to-end test build (shadow root open), .output/chrome-mv3-e2e. */
export const E2E_EXTENSION_DIR: string;
export function assertExtensionBuilt(dir?: string): string;
export function chromiumArgs(dir?: string): string[];
export function chromiumExecutable(): string;
export function launchWithExtension(options?: {
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  dir?: string;
}): Promise<BrowserContext>;
export function extensionIdOf(context: BrowserContext, timeout?: number): Promise<string>;
export function popupUrlOf(extensionId: string, page?: string): string;
export function isExternal(url: URL): boolean;
export function blockOtherHosts(context: BrowserContext): Promise<string[]>;
