// The native backend probe must survive every way an optional native package can be broken.
import { nativeTensorflowCandidate } from '../src/runtime/native-tensorflow-candidate';

function throwing(messageFor: (specifier: string) => Error) {
  const requested: string[] = [];
  const load = (specifier: string): unknown => {
    requested.push(specifier);
    throw messageFor(specifier);
  };
  return { load, requested };
}

describe('the native tensorflow candidate', () => {
  it('tries the GPU build before the CPU build', async () => {
    const loader = throwing((specifier) => Object.assign(new Error(`Cannot find module '${specifier}'`), { code: 'MODULE_NOT_FOUND' }));
    await expect(nativeTensorflowCandidate(loader.load).prepare()).rejects.toThrow(
      "@tensorflow/tfjs-node-gpu: Cannot find module '@tensorflow/tfjs-node-gpu'; @tensorflow/tfjs-node: Cannot find module '@tensorflow/tfjs-node'",
    );
    expect(loader.requested).toEqual(['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node']);
  });

  it('treats an installed package without its native addon as absent, not as a crash', async () => {
    const loader = throwing(
      () => new Error('The Node.js native addon module (tfjs_binding.node) can not be found at path: x\nPlease run command ...'),
    );
    await expect(nativeTensorflowCandidate(loader.load).prepare()).rejects.toThrow(/native addon module \(tfjs_binding\.node\) can not be found at path: x;/);
  });

  it('explains a package that loads but registers with another TensorFlow.js copy', async () => {
    await expect(nativeTensorflowCandidate(() => ({})).prepare()).rejects.toThrow(/loaded but registered its backend with another copy/);
  });
});
