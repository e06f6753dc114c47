/** Previz: a prompt → a schematic scene plan (camera path, light, pacing, caption), pure and seedable. */
export { readPrompt, readShot, readText, type PrevizRequest } from './read';
export { planScene, previzFps, type ScenePlan, type MoveSegment } from './plan';
export { cameraAt, subjectAt, keyAt, cloudDrift, foregroundPost, rigAt, type SubjectPose } from './camera';
export { captionLabel, captionList, type CaptionItem, type CaptionWord } from './caption';
export type { LightRig } from './light';
export type { CameraPose, Vec3 } from './projection';
