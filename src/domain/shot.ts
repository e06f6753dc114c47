/**
 * The structured form of a video prompt, in the order strong prompts are written: style first,
 * then the scene, the cinematography, timed action beats, dialogue, sound, and what to avoid.
 * Chosen vocabulary terms are stored by id (see vocabulary/); free text sits beside them.
 */
export interface ActionBeat {
  /** Seconds from the start of the clip. */
  from: number;
  to: number;
  action: string;
}

export interface DialogueLine {
  speaker: string;
  line: string;
}

export interface Shot {
  style: string[];
  styleNotes: string;
  subject: string;
  appearance: string;
  setting: string;
  timeOfDay: string;
  weather: string;
  shotSize: string[];
  angle: string[];
  lens: string[];
  movement: string[];
  lighting: string[];
  lightingNotes: string;
  palette: string[];
  mood: string;
  pacing: string[];
  beats: ActionBeat[];
  dialogue: DialogueLine[];
  audio: string[];
  sound: string;
  avoid: string;
}

/** A fresh, empty Shot (a new object every call: never a shared mutable default). */
export function emptyShot(): Shot {
  return {
    style: [],
    styleNotes: '',
    subject: '',
    appearance: '',
    setting: '',
    timeOfDay: '',
    weather: '',
    shotSize: [],
    angle: [],
    lens: [],
    movement: [],
    lighting: [],
    lightingNotes: '',
    palette: [],
    mood: '',
    pacing: [],
    beats: [],
    dialogue: [],
    audio: [],
    sound: '',
    avoid: '',
  };
}
