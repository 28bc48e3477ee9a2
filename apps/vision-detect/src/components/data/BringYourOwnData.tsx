/** How to train on your own Pascal VOC folder. */
export function BringYourOwnData() {
  return (
    <div className="grid max-w-3xl gap-2 text-sm">
      <p>
        Put your images (PNG or JPEG) in <code>images/</code> (or <code>JPEGImages/</code>) and one Pascal VOC XML per image in <code>annotations/</code> (or{' '}
        <code>Annotations/</code>), as LabelImg, CVAT and Roboflow export them. Then run:
      </p>
      <pre className="overflow-x-auto rounded bg-slate-100 p-3 dark:bg-slate-900">npx nx run vision-detect:train --data path/to/folder --config fast-160</pre>
      <p>
        The classes are the object names found, in alphabetical order. Boxes are clipped to the image, empty ones dropped, and the images split 70/10/20 with a
        fixed seed, stratified by the rarest class in each image. The run is recorded but not promoted (add <code>--promote always</code> to serve it);{' '}
        <code>--epochs N</code> shortens or lengthens training. The test suite trains on a generated folder of coloured shapes this way.
      </p>
    </div>
  );
}
