/** How to train the app on your own CSV. */
export function BringYourOwnData() {
  return (
    <div className="grid gap-2 text-sm">
      <p>Any CSV with one row per client and a column that says whether they defaulted:</p>
      <pre className="overflow-x-auto rounded-lg bg-slate-100 p-3 font-mono text-xs dark:bg-slate-900">
        {`npx nx run credit-risk:train --data my-clients.csv --label defaulted
npx nx run credit-risk:train --data my-clients.txt --label status --delimiter ' ' --positive bad`}
      </pre>
      <ul className="grid list-disc gap-1 pl-5">
        <li>
          Each column is read as numeric when every value is a number and it has more than ten distinct values; otherwise as categorical (text codes such as
          &quot;R1&quot; or &quot;self-employed&quot;, or small integer codes). Identifier and constant columns are left out. The command lists what it decided.
        </li>
        <li>The label needs two values; 1, yes, true, bad or default means default (or name it with --positive).</li>
        <li>
          Both model families are trained (scorecard and mlp), with the same seeded 70/10/20 split, five-fold cross-validation and report as here. The runs are
          registered but not promoted, since this app&apos;s form is built for the Taiwan fields: add --promote always to serve one through POST /api/predict.
        </li>
        <li>The same layout as the Taiwan data (ID, X1..X23, Y, or the descriptive names) goes through the data pipeline&apos;s own loader instead: see the app&apos;s README.</li>
      </ul>
    </div>
  );
}
