// The tour a product manager makes: Overview -> Try (a chat turn with intent, confidence and top 3,
// an explanation, the knobs moved and containment changing, a handoff ticket, the browser switch) ->
// Evaluate (plots) -> Train, Data, model card, text classifier -> Compare. Screenshots of every page
// land in dist/e2e/nlp-chatbot/screenshots.
//
// The pages need a trained model. When the app under test has none (a fresh test ATLAS_HOME), the
// suite trains the fast configuration quickly (--quick) into the same ATLAS_HOME first. It runs
// after the shell suite, which checks the empty state.
import { expect, test } from '@playwright/test';
import { screenshotPath } from '../../../tools/playwright-config';
import { MODEL_CARD_HEADING, overviewTradeoffVisit, tourOnTrainedModel, visitPage } from '../../../tools/testing/e2e-tour';

tourOnTrainedModel('nlp-chatbot', { trainArgs: ['--quick', '--config', 'fast'] });

test('overview shows the active model’s tradeoff card', async ({ page }) => {
  await visitPage(page, 'nlp-chatbot', overviewTradeoffVisit('in_scope_accuracy'));
});

test('try: a chat turn with intent and top 3, an explanation, the knobs, a handoff', async ({ page }) => {
  await page.goto('/try');
  await page.getByLabel('Message').fill('I lost my card, please block it. Mail me at jane@example.com');
  await page.getByRole('button', { name: 'Send' }).click();
  const turn = page.getByTestId('bot-turn').last();
  await expect(turn.getByTestId('turn-intent')).toContainText(/Intent .+ confidence [\d.]+%/);
  await expect(turn.getByRole('list', { name: 'Top three intents' }).getByRole('listitem')).toHaveCount(3);
  // The user's message is shown as stored: redacted.
  await expect(page.getByTestId('chat-log')).toContainText('[EMAIL]');
  await turn.getByRole('button', { name: 'Why this intent?' }).click();
  await expect(page.getByTestId('word-attributions')).toBeVisible();

  const containment = page.getByTestId('containment');
  const before = await containment.textContent();
  await page.getByLabel('Out-of-scope threshold').fill('0.9');
  await expect(page.getByTestId('knob-threshold')).toHaveText('0.90');
  await expect(containment).not.toHaveText(before ?? '');

  await page.getByLabel('Message').fill('this is terrible, I hate this useless service');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('bot-turn').last()).toHaveAttribute('data-kind', 'escalate');
  await page.getByRole('button', { name: 'Talk to a person' }).last().click();
  await expect(page.getByTestId('chat-log')).toContainText(/Handed over to a person \(ticket \w+\)/);
  await page.screenshot({ path: screenshotPath('nlp-chatbot', 'tour-2-try'), fullPage: true });
});

test('try: the same model runs in the browser, with both latencies', async ({ page }) => {
  await page.goto('/try');
  await page.getByLabel('Message').fill('what is the exchange rate for euros');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('bot-turn').last()).toBeVisible();
  await page.getByRole('switch').check();
  const latency = page.getByTestId('browser-latency');
  await expect(latency).toContainText(/Browser \(\w+\): .+ [\d.]+ ms per message/, { timeout: 60_000 });
  console.log(`nlp-chatbot ${await latency.textContent()}`);
  await page.screenshot({ path: screenshotPath('nlp-chatbot', 'tour-3-try-browser'), fullPage: true });
});

test('evaluate shows the metrics, the plots and the confused pairs', async ({ page }) => {
  await page.goto('/evaluate');
  await expect(page.getByRole('heading', { level: 1, name: 'How good is the model?' })).toBeVisible();
  await expect(page.getByTestId('published-table')).toContainText('BERT');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.getByTestId('confused-pairs')).toBeVisible();
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(page.getByTestId('word-attributions')).toBeVisible();
  await page.screenshot({ path: screenshotPath('nlp-chatbot', 'tour-4-evaluate'), fullPage: true });
});

test('train, data, model card and text classifier pages render', async ({ page }) => {
  await page.goto('/train');
  await expect(page.getByTestId('config-comparison')).toBeVisible();
  await page.screenshot({ path: screenshotPath('nlp-chatbot', 'tour-5-train'), fullPage: true });
  await page.goto('/data');
  await expect(page.getByRole('heading', { name: 'Bring your own intents' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('nlp-chatbot', 'tour-6-data'), fullPage: true });
  await visitPage(page, 'nlp-chatbot', { path: '/model-card', heading: MODEL_CARD_HEADING, shot: 'tour-7-model-card' });
  await page.goto('/text-classifier');
  await expect(page.getByRole('heading', { name: "Why the seed's example could not run as written" })).toBeVisible();
  await expect(page.getByText('娱乐').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('nlp-chatbot', 'tour-8-text-classifier'), fullPage: true });
});

test('compare lays the chatbot card beside the other domains', async ({ page }) => {
  await visitPage(page, 'nlp-chatbot', { path: '/compare', heading: { level: 1 }, shot: 'tour-9-compare' });
});
