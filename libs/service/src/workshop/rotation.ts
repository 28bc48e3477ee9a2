// Rotation arithmetic of a workshop: which station a team is at, how long the rotation has left, and
// the rotations the timer has completed since the state was last stored. Pure, so it is testable
// with a fixed clock.
export interface RotationState {
  status: 'waiting' | 'running' | 'finished';
  rotation: number;
  rotationStartedAt: Date | null;
}

export interface RotationPlan {
  stations: string[];
  minutesPerRotation: number;
}

/** A team starts at the station of its position and moves one station on each rotation. */
export function stationOf(plan: RotationPlan, position: number, rotation: number): string {
  const n = plan.stations.length;
  return plan.stations[(((position + rotation) % n) + n) % n];
}

/** Every team visits every station once: as many rotations as stations. */
export function rotationCount(plan: RotationPlan): number {
  return plan.stations.length;
}

/** The state after the timer has run to `now`: each full rotation length moves everyone on. */
export function dueState(plan: RotationPlan, state: RotationState, now: Date): RotationState {
  if (state.status !== 'running' || !state.rotationStartedAt) return state;
  const length = plan.minutesPerRotation * 60_000;
  const elapsed = now.getTime() - state.rotationStartedAt.getTime();
  const steps = Math.floor(elapsed / length);
  if (steps <= 0) return state;
  return advance(plan, state, steps, new Date(state.rotationStartedAt.getTime() + steps * length));
}

/** Moves on `steps` rotations; after the last station the workshop is finished. */
export function advance(plan: RotationPlan, state: RotationState, steps: number, startedAt: Date): RotationState {
  const rotation = state.rotation + steps;
  if (rotation >= rotationCount(plan)) return { status: 'finished', rotation: rotationCount(plan) - 1, rotationStartedAt: state.rotationStartedAt };
  return { status: 'running', rotation, rotationStartedAt: startedAt };
}

/** Milliseconds left in the current rotation (0 when not running). */
export function remainingMs(plan: RotationPlan, state: RotationState, now: Date): number {
  if (state.status !== 'running' || !state.rotationStartedAt) return 0;
  return Math.max(0, state.rotationStartedAt.getTime() + plan.minutesPerRotation * 60_000 - now.getTime());
}

export function sameState(a: RotationState, b: RotationState): boolean {
  return a.status === b.status && a.rotation === b.rotation && (a.rotationStartedAt?.getTime() ?? null) === (b.rotationStartedAt?.getTime() ?? null);
}
