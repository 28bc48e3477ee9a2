/** How to train the assistant on your own intents. */
export function BringYourOwnData() {
  return (
    <div className="grid gap-2 text-sm">
      <p>A CSV with a header naming a text column (text, utterance, query or message) and an intent column (intent, label or category), or a JSON array:</p>
      <pre className="overflow-x-auto rounded-lg bg-slate-100 p-3 font-mono text-xs dark:bg-slate-900">
        {`text,intent
where is my parcel,track_order
I want my money back,refund
...
npx nx run nlp-chatbot:train --data intents.csv
npx nx run nlp-chatbot:train --data intents.json --config fast --promote always`}
      </pre>
      <ul className="grid list-disc gap-1 pl-5">
        <li>JSON: [&#123;&quot;text&quot;: &quot;...&quot;, &quot;intent&quot;: &quot;...&quot;&#125;, ...] or [[&quot;text&quot;, &quot;intent&quot;], ...].</li>
        <li>Every intent needs at least 5 distinct examples (a few dozen make a useful model). An intent named oos holds out-of-scope examples.</li>
        <li>The rows are split 80/10/10 per intent with a fixed seed; the out-of-scope threshold is chosen on the 10 % validation part as here.</li>
        <li>The run is promoted if no model is active (or with --promote always); the chat then answers with a generic reply per intent.</li>
      </ul>
    </div>
  );
}
