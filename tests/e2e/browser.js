/** Debian's Chromium through playwright-core, and screenshots at a desktop and a phone width. */
const path = require('node:path');
const { chromium } = require('playwright-core');

const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 844 };

const launchBrowser = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/**
 * Saves `<group>-<nn>-<name>-1280.png` and `…-390.png`, then puts the desktop size back. `group` is the test file's
 * feature, so that each file numbers its own screenshots.
 */
const createScreenshotter = (page, dir, group) => {
  let index = 0;
  return async (name) => {
    index += 1;
    const prefix = `${group}-${String(index).padStart(2, '0')}-${name}`;
    for (const size of [WIDE, NARROW]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(dir, `${prefix}-${size.width}.png`) });
    }
    await page.setViewportSize(WIDE);
    await page.waitForTimeout(200);
  };
};

module.exports = { WIDE, NARROW, launchBrowser, createScreenshotter };
