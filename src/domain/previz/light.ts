import { colourByName, kelvinToRgb, mix, rgb, type Rgb } from './colour';

/**
 * The light of the scene as numbers: where the key comes from, how hard and how warm it is,
 * how much fill there is (high-key bright and flat, low-key dark and contrasty), sky and ground,
 * haze, neon and practicals, and the prompt's palette.
 */
export interface LightRig {
  /** Degrees around the subject the key comes from (0 from the camera's side, 90 subject's left, 180 behind). */
  keyAzimuth: number;
  /** Degrees above the horizon (negative: the sun is down). */
  keyElevation: number;
  kelvin: number;
  keyColour: Rgb;
  /** 0-1.3: how bright the key is. */
  keyIntensity: number;
  /** 0 soft (wide, blurred shadows) to 1 hard (crisp shadows). */
  hardness: number;
  /** 0-1: shadow fill (ambient); high-key near 0.8, low-key near 0.1. */
  fill: number;
  fillColour: Rgb;
  rim?: Rgb;
  skyTop: Rgb;
  skyHorizon: Rgb;
  ground: Rgb;
  /** 0-1: how thick the air is. */
  haze: number;
  hazeColour: Rgb;
  /** Volumetric shafts from the key. */
  shafts: boolean;
  silhouette: boolean;
  night: boolean;
  /** Neon sign colours on the blocks, spilling onto the subject. */
  neon: Rgb[];
  practicals: boolean;
  /** 0-1: how much the key flickers (candles). */
  flicker: number;
  /** Colours for the set and the subject's clothes (the prompt's palette, else neutral ones). */
  palette: Rgb[];
  /** A colour cast over the whole image (fluorescent green, moonlight blue), with its strength. */
  cast?: { colour: Rgb; amount: number };
}

const daylight = (): LightRig => ({
  keyAzimuth: -45,
  keyElevation: 40,
  kelvin: 5600,
  keyColour: kelvinToRgb(5600),
  keyIntensity: 1,
  hardness: 0.6,
  fill: 0.42,
  fillColour: rgb(170, 190, 220),
  skyTop: rgb(78, 132, 204),
  skyHorizon: rgb(196, 220, 240),
  ground: rgb(120, 124, 110),
  haze: 0.08,
  hazeColour: rgb(205, 220, 235),
  shafts: false,
  silhouette: false,
  night: false,
  neon: [],
  practicals: false,
  flicker: 0,
  palette: [],
});

const neutralPalette = [rgb(191, 95, 44), rgb(92, 110, 128), rgb(160, 150, 132), rgb(72, 84, 70), rgb(130, 112, 150)];

function setKey(light: LightRig, kelvin: number): void {
  light.kelvin = kelvin;
  light.keyColour = kelvinToRgb(kelvin);
}

function night(light: LightRig): void {
  light.night = true;
  light.skyTop = rgb(6, 9, 22);
  light.skyHorizon = rgb(22, 28, 52);
  light.ground = rgb(34, 36, 40);
  light.fill = 0.12;
  light.fillColour = rgb(60, 70, 110);
  light.hazeColour = rgb(30, 34, 58);
}

/** Lighting terms in order (later ones refine earlier ones), then time of day and weather words. */
export function lightRigOf(lighting: readonly string[], palette: readonly string[], timeOfDay: string, weather: readonly string[]): LightRig {
  const light = daylight();
  if (timeOfDay === 'night') {
    night(light);
    setKey(light, 7500);
    light.keyIntensity = 0.35;
  } else if (timeOfDay === 'sunset' || timeOfDay === 'dawn') {
    apply(light, 'golden-hour');
  } else if (timeOfDay === 'noon') apply(light, 'noon-sun');
  for (const id of lighting) apply(light, id);
  if (weather.includes('fog')) {
    light.haze = Math.max(light.haze, 0.55);
    light.hardness = Math.min(light.hardness, 0.3);
  }
  const colours = palette.map(colourByName).filter((c): c is Rgb => !!c);
  light.palette = colours.length ? colours : neutralPalette;
  if (colours.length) light.ground = mix(light.ground, colours[colours.length - 1]!, 0.25);
  return light;
}

function apply(light: LightRig, id: string): void {
  switch (id) {
    case 'golden-hour':
      setKey(light, 3000);
      light.keyElevation = 7;
      light.keyAzimuth = -70;
      light.hardness = 0.7;
      light.fill = 0.35;
      light.fillColour = rgb(150, 160, 200);
      light.skyTop = rgb(88, 120, 176);
      light.skyHorizon = rgb(255, 178, 102);
      light.hazeColour = rgb(255, 196, 140);
      light.haze = Math.max(light.haze, 0.18);
      break;
    case 'blue-hour':
      setKey(light, 9500);
      light.keyElevation = -3;
      light.keyIntensity = 0.45;
      light.hardness = 0.1;
      light.fill = 0.4;
      light.fillColour = rgb(80, 100, 170);
      light.skyTop = rgb(20, 36, 96);
      light.skyHorizon = rgb(92, 110, 170);
      light.ground = rgb(52, 58, 74);
      light.hazeColour = rgb(70, 86, 140);
      break;
    case 'high-key':
      light.fill = 0.85;
      light.keyIntensity = 1.1;
      light.hardness = Math.min(light.hardness, 0.3);
      light.skyHorizon = mix(light.skyHorizon, rgb(255, 255, 255), 0.6);
      light.skyTop = mix(light.skyTop, rgb(240, 244, 250), 0.6);
      light.ground = mix(light.ground, rgb(230, 230, 226), 0.6);
      break;
    case 'low-key':
      light.fill = 0.06;
      light.hardness = Math.max(light.hardness, 0.7);
      light.keyAzimuth = -80;
      light.skyTop = mix(light.skyTop, rgb(0, 0, 0), 0.85);
      light.skyHorizon = mix(light.skyHorizon, rgb(0, 0, 0), 0.85);
      light.ground = mix(light.ground, rgb(0, 0, 0), 0.8);
      break;
    case 'rembrandt':
      light.keyAzimuth = -45;
      light.keyElevation = 38;
      light.hardness = 0.7;
      light.fill = Math.min(light.fill, 0.2);
      break;
    case 'three-point':
      light.keyAzimuth = -45;
      light.keyElevation = 30;
      light.fill = 0.5;
      light.rim ??= rgb(235, 240, 255);
      break;
    case 'rim-light':
      light.rim = rgb(150, 190, 255);
      break;
    case 'soft-window':
      setKey(light, 6000);
      light.keyAzimuth = -95;
      light.keyElevation = 12;
      light.hardness = 0.12;
      light.fill = 0.3;
      break;
    case 'practicals':
      light.practicals = true;
      break;
    case 'neon':
      if (!light.night) night(light);
      light.neon = [rgb(255, 43, 214), rgb(0, 229, 255)];
      light.keyIntensity = Math.min(light.keyIntensity, 0.25);
      light.haze = Math.max(light.haze, 0.25);
      light.hazeColour = rgb(60, 30, 90);
      break;
    case 'volumetric':
      light.haze = Math.max(light.haze, 0.5);
      light.shafts = true;
      light.hardness = Math.max(light.hardness, 0.7);
      break;
    case 'overcast':
      setKey(light, 6800);
      light.keyElevation = 60;
      light.hardness = 0.05;
      light.fill = 0.7;
      light.skyTop = rgb(150, 156, 164);
      light.skyHorizon = rgb(196, 200, 204);
      break;
    case 'noon-sun':
      setKey(light, 5600);
      light.keyElevation = 75;
      light.keyAzimuth = -20;
      light.hardness = 1;
      light.keyIntensity = 1.25;
      light.fill = 0.35;
      break;
    case 'candlelight':
      night(light);
      setKey(light, 1850);
      light.keyAzimuth = -30;
      light.keyElevation = 5;
      light.keyIntensity = 0.8;
      light.hardness = 0.45;
      light.fill = 0.05;
      light.flicker = 0.35;
      light.practicals = true;
      break;
    case 'moonlight':
      night(light);
      setKey(light, 9000);
      light.keyElevation = 35;
      light.keyIntensity = 0.45;
      light.hardness = 0.65;
      light.cast = { colour: rgb(70, 110, 200), amount: 0.18 };
      break;
    case 'silhouette':
      light.silhouette = true;
      light.keyAzimuth = 180;
      light.keyElevation = Math.min(light.keyElevation, 12);
      light.fill = 0.02;
      light.skyHorizon = mix(light.skyHorizon, rgb(255, 236, 200), 0.6);
      break;
    case 'chiaroscuro':
      light.keyAzimuth = -85;
      light.keyElevation = 25;
      light.hardness = 0.9;
      light.fill = 0.03;
      light.skyTop = mix(light.skyTop, rgb(0, 0, 0), 0.9);
      light.skyHorizon = mix(light.skyHorizon, rgb(0, 0, 0), 0.9);
      light.ground = mix(light.ground, rgb(0, 0, 0), 0.85);
      break;
    case 'warm-lamp-fill':
      light.fillColour = kelvinToRgb(2800);
      light.fill = Math.max(light.fill, 0.4);
      break;
    case 'hard-source':
      light.hardness = 1;
      light.fill = Math.min(light.fill, 0.15);
      break;
    case 'fluorescent':
      setKey(light, 4200);
      light.keyElevation = 80;
      light.hardness = 0.25;
      light.fill = 0.55;
      light.cast = { colour: rgb(120, 200, 120), amount: 0.16 };
      break;
  }
}
