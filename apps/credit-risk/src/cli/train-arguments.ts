// The app's defaults on top of the shared train flags: with --data and no --config, both model
// families are trained (scorecard and mlp) and, since the app's pages are built for the Taiwan
// fields, not promoted unless --promote says so.
export function trainArguments(argv: readonly string[]): string[] {
  const args = [...argv];
  const has = (flag: string, short?: string) => args.some((a) => a === flag || a.startsWith(`${flag}=`) || (short !== undefined && a === short));
  if (has('--data', '-d')) {
    if (!has('--config', '-c')) args.push('--config', 'scorecard', '--config', 'mlp');
    if (!has('--promote')) args.push('--promote', 'never');
  }
  return args;
}
