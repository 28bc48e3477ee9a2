'use client';
// Follows one run's event stream with EventSource; the stream closes on the final status, so the
// browser does not reconnect to a finished run.
import { useEffect, useReducer } from 'react';
import { FINAL_STATUSES, STREAM_EVENT_TYPES, type TrainingStreamEvent } from './training-events';
import { addLog, initialStreamState, reduceTrainingEvent, type StreamAction, type TrainingStreamState } from './training-stream-state';

function reducer(state: TrainingStreamState, action: StreamAction): TrainingStreamState {
  switch (action.kind) {
    case 'reset':
      return initialStreamState;
    case 'lost':
      return { ...state, connectionLost: true, log: addLog(state, 'error', 'Lost the connection to the progress stream; reload to see the result.') };
    case 'stream-error':
      return { ...state, log: addLog(state, 'error', action.message) };
    case 'event':
      return reduceTrainingEvent(state, action.event);
  }
}

/** Subscribes to `url` while it is set; a new url starts over. */
export function useTrainingStream(url: string | null): TrainingStreamState {
  const [state, dispatch] = useReducer(reducer, initialStreamState);
  useEffect(() => {
    dispatch({ kind: 'reset' });
    if (!url || typeof EventSource === 'undefined') return;
    const source = new EventSource(url);
    const onMessage = (e: MessageEvent<string>) => {
      let data: TrainingStreamEvent;
      try {
        data = JSON.parse(e.data) as TrainingStreamEvent;
      } catch {
        return;
      }
      if (e.type === 'stream_error') {
        dispatch({ kind: 'stream-error', message: (data as unknown as { message?: string }).message ?? 'The progress stream failed.' });
        return;
      }
      dispatch({ kind: 'event', event: data });
      // The run is over: stop the browser from reconnecting.
      if (data.type === 'status' && FINAL_STATUSES.includes(data.status)) source.close();
    };
    for (const type of STREAM_EVENT_TYPES) source.addEventListener(type, onMessage as EventListener);
    source.onerror = () => {
      if (source.readyState === 2) dispatch({ kind: 'lost' });
    };
    return () => source.close();
  }, [url]);
  return state;
}
