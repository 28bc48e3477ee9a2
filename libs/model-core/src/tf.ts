// The one TensorFlow.js namespace the library and the apps use. Importing it from here, rather than
// from the package in each file, keeps every model on the engine whose backend initRuntime chose.
import * as tf from '@tensorflow/tfjs';

export { tf };
