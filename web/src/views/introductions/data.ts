// What the inbox offers for an introduction: the moves of the workflow the viewer may make, and
// the steps to draw. The workflow is the server's (core/introduction); this mirrors it only to
// keep buttons away that the server would refuse anyway (it answers 409/403 with the reason).
//
//   interest ──▶ requested ──▶ accepted ──▶ met ──▶ concluded
//      │            │   └────▶ declined
//      └────────────┴──────────────┴──▶ withdrawn
import type { Introduction, IntroductionStatus, Role } from '@/api/types'

export type IntroductionAction = 'request' | 'accept' | 'decline' | 'meet' | 'conclude' | 'withdraw'
type Movers = 'from' | 'to' | 'either'

interface Edge {
  from: IntroductionStatus
  action: IntroductionAction
  movers: Movers
}

const EDGES: Edge[] = [
  { from: 'interest', action: 'request', movers: 'from' },
  { from: 'requested', action: 'accept', movers: 'to' },
  { from: 'requested', action: 'decline', movers: 'to' },
  { from: 'accepted', action: 'meet', movers: 'either' },
  { from: 'met', action: 'conclude', movers: 'either' },
  { from: 'interest', action: 'withdraw', movers: 'from' },
  { from: 'requested', action: 'withdraw', movers: 'from' },
  { from: 'accepted', action: 'withdraw', movers: 'from' },
]

export const ACTION_TARGET: Record<IntroductionAction, Exclude<IntroductionStatus, 'interest'>> = {
  request: 'requested',
  accept: 'accepted',
  decline: 'declined',
  meet: 'met',
  conclude: 'concluded',
  withdraw: 'withdrawn',
}

export interface Viewer {
  role: Role | 'public'
  organisationId: number | null
}

/** The moves `viewer` may make now: staff act for either side; a partner for its own side. */
export function introductionActions(intro: Pick<Introduction, 'status' | 'from_organisation' | 'to_organisation'>, viewer: Viewer): IntroductionAction[] {
  if (viewer.role === 'public') return []
  const staff = viewer.role === 'admin' || viewer.role === 'staff'
  const own = viewer.organisationId
  const fromSide = own !== null && intro.from_organisation.id === own
  const toSide = own !== null && intro.to_organisation.id === own
  return EDGES.filter((e) => e.from === intro.status)
    .filter((e) => staff || (e.movers === 'from' && fromSide) || (e.movers === 'to' && toSide) || (e.movers === 'either' && (fromSide || toSide)))
    .map((e) => e.action)
}

/** Which details a move asks for. */
export function actionNeeds(action: IntroductionAction): { message: 'required' | 'optional'; meeting: boolean; outcome: boolean } {
  return {
    message: action === 'decline' ? 'required' : 'optional',
    meeting: action === 'meet',
    outcome: action === 'conclude',
  }
}

export const STATUS_TAG: Record<IntroductionStatus, 'primary' | 'success' | 'info' | 'warning' | 'danger'> = {
  interest: 'info',
  requested: 'primary',
  accepted: 'success',
  declined: 'danger',
  met: 'success',
  concluded: 'success',
  withdrawn: 'warning',
}

const PATH: IntroductionStatus[] = ['interest', 'requested', 'accepted', 'met', 'concluded']

export interface StepView {
  status: IntroductionStatus
  state: 'finish' | 'process' | 'wait' | 'error' | 'success'
}

/**
 * The steps to draw: the main path up to concluded; a declined or withdrawn one ends where it
 * stopped, with its end in red.
 */
export function stepsOf(intro: Pick<Introduction, 'status' | 'steps'>): StepView[] {
  const status = intro.status
  if (status === 'declined' || status === 'withdrawn') {
    const reached = new Set(intro.steps.map((s) => s.status))
    const before = PATH.filter((s) => reached.has(s) && s !== status)
    const done = before.length ? before : (['interest'] as IntroductionStatus[])
    return [...done.map((s): StepView => ({ status: s, state: 'finish' })), { status, state: 'error' }]
  }
  const at = PATH.indexOf(status)
  return PATH.map((s, i): StepView => ({
    status: s,
    state: i < at ? 'finish' : i === at ? (status === 'concluded' ? 'success' : 'process') : 'wait',
  }))
}
