// Kernels that make the TensorFlow.js wasm backend train convolutional and embedding models.
export {
  registerWasmTrainingKernels,
  WASM_TRAINING_KERNELS,
  type WasmTrainingKernel,
} from './register-wasm-training-kernels';
