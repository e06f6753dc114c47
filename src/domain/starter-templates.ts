/**
 * Built-in templates: a proven structure per common kind of shot, with slots for what changes.
 * Each carries its Arabic name and "when to use" as data, like the vocabularies.
 */
export interface StarterTemplate {
  id: string;
  name: { en: string; ar: string };
  whenToUse: { en: string; ar: string };
  text: string;
}

export const starterTemplates: readonly StarterTemplate[] = [
  {
    id: 'cinematic-establishing',
    name: { en: 'Cinematic establishing shot', ar: 'لقطة تأسيسية سينمائية' },
    whenToUse: {
      en: 'Open a film or a scene by showing the place before the people.',
      ar: 'لافتتاح فيلم أو مشهد بإظهار المكان قبل الناس.',
    },
    text: `Style: {{style}}

{{subject}}. {{setting}}, {{time}}.

Camera: wide establishing shot, eye level
Lens: anamorphic 2.0x lens, oval bokeh
Camera movement: {{camera.movement}}
Lighting: {{lighting}}
Mood: {{mood}}

Background sound: wind through grass and distant birdsong`,
  },
  {
    id: 'product-close-up',
    name: { en: 'Product close-up', ar: 'لقطة قريبة لمنتج' },
    whenToUse: {
      en: 'Show one object beautifully for an advert, a shop page or a launch.',
      ar: 'لعرض منتج واحد بجمال في إعلان أو صفحة متجر أو إطلاق.',
    },
    text: `Style: premium product commercial

{{product}} on {{surface}}, spotless, centred in frame.

Camera: close-up
Lens: 85 mm portrait lens, shallow depth of field
Camera movement: {{camera.movement}}
Lighting: {{lighting}}
Palette: {{palette}}

Actions:
- 0-2 s: A slow reveal of the product's silhouette.
- 2-4 s: Light glides across its surface and catches the edges.

Avoid: logos, text, fingerprints`,
  },
  {
    id: 'talking-head',
    name: { en: 'Talking head interview', ar: 'مقابلة بشخص متحدث' },
    whenToUse: {
      en: 'Someone speaks to the camera or an off-screen interviewer.',
      ar: 'حين يتحدث شخص إلى الكاميرا أو إلى محاور خارج الإطار.',
    },
    text: `Style: {{style}}

{{subject}}, seated, looking just off camera. {{setting}}.

Camera: medium close-up, eye level
Lens: 50 mm lens, shallow depth of field
Camera movement: static locked-off camera
Lighting: {{lighting}}

Dialogue:
- {{speaker}}: "{{line}}"

Background sound: near silence, room tone only`,
  },
  {
    id: 'aerial-reveal',
    name: { en: 'Aerial drone reveal', ar: 'كشف جوي بطائرة مسيّرة' },
    whenToUse: {
      en: 'Reveal the scale of a landscape, a city or a building from the air.',
      ar: 'لكشف اتساع منظر طبيعي أو مدينة أو مبنى من الجو.',
    },
    text: `Style: IMAX-scale epic

{{landscape}}, {{time}}.

Camera: aerial wide shot
Camera movement: drone fly-over
Lighting: {{lighting}}

Actions:
- 0-3 s: The drone rises over {{foreground}}.
- 3-6 s: The view opens onto the full landscape.

Background sound: {{audio}}`,
  },
  {
    id: 'food-macro',
    name: { en: 'Food macro', ar: 'طعام عن قرب شديد' },
    whenToUse: {
      en: 'Make food look irresistible: steam, drips, textures.',
      ar: 'لجعل الطعام شهيًا: البخار والقطرات والملامس.',
    },
    text: `Style: premium product commercial

{{dish}} on a dark wooden table.

Camera: extreme close-up
Lens: macro lens, extreme close focus
Camera movement: {{camera.movement}}
Pacing: slow motion
Lighting: {{lighting}}

Actions:
- 0-2 s: {{action}}.

Background sound: café murmur and an espresso machine hissing`,
  },
  {
    id: 'fashion-walk',
    name: { en: 'Fashion walk', ar: 'مشية أزياء' },
    whenToUse: {
      en: 'Show clothes in motion, on a runway or in the street.',
      ar: 'لعرض الملابس وهي تتحرك على منصة عرض أو في الشارع.',
    },
    text: `Style: {{style}}

A model wearing {{outfit}} walks toward camera. {{setting}}.

Camera: full shot, low angle
Lens: 85 mm portrait lens
Camera movement: {{camera.movement}}
Lighting: {{lighting}}

Actions:
- 0-3 s: Four confident steps, fabric moving with each stride.
- 3-4 s: The model stops and turns the head to camera.

Background sound: {{audio}}`,
  },
  {
    id: 'nature-documentary',
    name: { en: 'Nature documentary', ar: 'وثائقي عن الطبيعة' },
    whenToUse: {
      en: 'Watch an animal or a natural event patiently, as a wildlife film would.',
      ar: 'لمراقبة حيوان أو ظاهرة طبيعية بصبر كما في أفلام الحياة البرية.',
    },
    text: `Style: nature documentary, telephoto wildlife footage

{{animal}} in {{habitat}}, {{time}}.

Camera: {{camera.shot}}
Lens: long telephoto lens with compressed perspective
Camera movement: static locked-off camera
Lighting: {{lighting}}

Actions:
- 0-4 s: {{action}}.

Background sound: diegetic sound only`,
  },
  {
    id: 'neon-city-night',
    name: { en: 'Neon city night', ar: 'مدينة نيون ليلًا' },
    whenToUse: {
      en: 'Moody urban night scenes with reflections and coloured light.',
      ar: 'لمشاهد مدينة ليلية ذات مزاج، بانعكاسات وأضواء ملوّنة.',
    },
    text: `Style: rain-soaked cyberpunk

{{subject}} in a narrow street, wet asphalt, neon reflections in puddles, night.

Camera: medium shot
Lens: anamorphic 2.0x lens, oval bokeh
Camera movement: {{camera.movement}}
Lighting: neon signs casting magenta and cyan light, {{lighting}}
Palette: magenta, cyan, deep black

Background sound: steady rain ambience, distant city traffic`,
  },
  {
    id: 'anime-action',
    name: { en: 'Anime action', ar: 'حركة بأسلوب الأنمي' },
    whenToUse: {
      en: 'A fast, dramatic moment drawn in anime style.',
      ar: 'للحظة سريعة درامية مرسومة بأسلوب الأنمي.',
    },
    text: `Style: Japanese anime style, cel-shaded

{{hero}} faces {{opponent}} on {{setting}}.

Camera: {{camera.shot}}, low angle
Camera movement: {{camera.movement}}
Pacing: speed ramp from normal speed into slow motion
Lighting: {{lighting}}

Actions:
- 0-2 s: {{hero}} leaps forward.
- 2-4 s: The strike lands in a burst of light.

Background sound: {{audio}}`,
  },
  {
    id: 'stop-motion-toy',
    name: { en: 'Stop-motion toy', ar: 'دمية بالتحريك بالإيقاف' },
    whenToUse: {
      en: 'A charming handmade scene with toys or clay figures.',
      ar: 'لمشهد يدوي ساحر بدمى أو مجسمات صلصال.',
    },
    text: `Style: stop-motion animation with handmade puppets

A small {{toy}} on {{set}}.

Camera: medium shot, eye level
Lens: tilt-shift lens, miniature effect
Camera movement: static locked-off camera
Pacing: choppy stop-motion frame rate
Lighting: {{lighting}}

Actions:
- 0-2 s: {{action}}.

Background sound: a ticking clock as the only rhythm`,
  },
  {
    id: 'time-lapse',
    name: { en: 'Time-lapse', ar: 'تسريع زمني' },
    whenToUse: {
      en: 'Show change over hours: clouds, crowds, a city from day to night.',
      ar: 'لإظهار التغيّر عبر ساعات: غيوم أو حشود أو مدينة من النهار إلى الليل.',
    },
    text: `Style: {{style}}

{{place}}, from {{start}} to {{end}}.

Camera: wide shot
Camera movement: static locked-off camera
Pacing: time-lapse
Lighting: {{lighting}}

Background sound: {{audio}}`,
  },
  {
    id: 'music-video',
    name: { en: 'Music-video performance', ar: 'أداء في فيديو موسيقي' },
    whenToUse: {
      en: 'A performer sings or plays to camera with bold light and rhythm.',
      ar: 'لمؤدٍّ يغني أو يعزف أمام الكاميرا بإضاءة جريئة وإيقاع.',
    },
    text: `Style: stylised music video

{{performer}} performs {{performance}}. {{setting}}.

Camera: {{camera.shot}}
Camera movement: {{camera.movement}}
Pacing: quick rhythmic cuts
Lighting: {{lighting}}
Palette: {{palette}}

Background sound: {{audio}}`,
  },
  {
    id: 'golden-hour-portrait',
    name: { en: 'Golden-hour portrait', ar: 'بورتريه في الساعة الذهبية' },
    whenToUse: {
      en: 'A warm, flattering moment with one person outdoors.',
      ar: 'للحظة دافئة جميلة مع شخص واحد في الهواء الطلق.',
    },
    text: `Style: 35 mm film with a warm Kodak-like grade

{{subject}}, {{appearance}}. {{setting}}.

Camera: medium close-up
Lens: 85 mm portrait lens, shallow depth of field
Camera movement: slow push-in
Lighting: golden-hour sunlight, cool rim light outlining the subject

Actions:
- 0-3 s: {{action}}.

Background sound: wind through grass and distant birdsong`,
  },
];
