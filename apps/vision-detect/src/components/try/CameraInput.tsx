'use client';
// The camera as an optional input: shown only where the browser offers getUserMedia (HTTPS or
// localhost); one frame is captured and detected like an upload.
import { useEffect, useRef, useState } from 'react';
import { frameOf } from './image-source';

export function CameraInput({ onFrame }: { onFrame: (blob: Blob) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);
  const available = typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;

  useEffect(() => () => stream?.getTracks().forEach((t) => t.stop()), [stream]);

  if (!available) return <p className="text-sm text-slate-500">This browser offers no camera here (it needs HTTPS or localhost).</p>;
  return (
    <div className="grid gap-2">
      {stream ? (
        <>
          <video ref={video} autoPlay playsInline muted className="max-h-60 rounded border border-slate-300" />
          <div className="flex gap-2">
            <button type="button" className="rounded bg-slate-900 px-3 py-1 text-white dark:bg-slate-100 dark:text-slate-900" onClick={async () => video.current && onFrame(await frameOf(video.current))}>
              Detect in this frame
            </button>
            <button type="button" className="rounded border px-3 py-1" onClick={() => setStream(null)}>
              Stop the camera
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          className="justify-self-start rounded border px-3 py-1"
          onClick={async () => {
            try {
              const s = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
              setStream(s);
              setError(null);
              setTimeout(() => {
                if (video.current) video.current.srcObject = s;
              }, 0);
            } catch (err) {
              setError(err instanceof Error ? err.message : String(err));
            }
          }}
        >
          Use the camera
        </button>
      )}
      {error ? <p className="text-sm text-red-700">The camera could not start: {error}</p> : null}
    </div>
  );
}
