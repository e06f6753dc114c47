import type { Vocabulary } from './types';

/** Where the camera sits relative to the subject, and so how we feel about it. */
export const angle: Vocabulary = {
  category: 'angle',
  terms: [
    {
      id: 'eye-level',
      label: 'Eye level',
      words: 'eye level',
      explanation: 'The camera meets the subject at eye height, a neutral and honest view.',
      ar: { label: 'بمستوى العين', explanation: 'تقابل الكاميرا الموضوع بمستوى عينيه، وهي نظرة محايدة صادقة.' },
      conflicts: ['low', 'high', 'birds-eye', 'worms-eye'],
    },
    {
      id: 'low',
      label: 'Low angle',
      words: 'low angle',
      explanation: 'Looks up at the subject so it feels tall, strong or threatening.',
      ar: { label: 'زاوية منخفضة', explanation: 'تنظر إلى الموضوع من أسفل فيبدو طويلًا أو قويًا أو مهيبًا.' },
      conflicts: ['high', 'birds-eye'],
    },
    {
      id: 'high',
      label: 'High angle',
      words: 'high angle',
      explanation: 'Looks down on the subject so it feels small, alone or vulnerable.',
      ar: { label: 'زاوية مرتفعة', explanation: 'تنظر إلى الموضوع من أعلى فيبدو صغيرًا أو وحيدًا أو ضعيفًا.' },
      conflicts: ['worms-eye'],
    },
    {
      id: 'slight-downward',
      label: 'Slight downward',
      words: 'slight downward angle',
      explanation: 'Tilts gently down on the subject, flattering and a little observational.',
      ar: { label: 'ميل خفيف إلى أسفل', explanation: 'تميل الكاميرا قليلًا نحو الأسفل، زاوية لطيفة فيها شيء من المراقبة.' },
    },
    {
      id: 'birds-eye',
      label: "Bird's-eye",
      words: "bird's-eye view, straight down",
      explanation: 'Looks straight down from above, turning the scene into a pattern.',
      ar: { label: 'منظور عين الطائر', explanation: 'تنظر عموديًا من الأعلى فيتحوّل المشهد إلى نقش وأشكال.' },
      aliases: ['top-down', 'overhead shot'],
      conflicts: ['worms-eye'],
    },
    {
      id: 'worms-eye',
      label: "Worm's-eye",
      words: "worm's-eye view from the ground",
      explanation: 'Sits on the ground looking steeply up, making everything tower overhead.',
      ar: { label: 'منظور من الأرض', explanation: 'توضع الكاميرا على الأرض وتنظر بحدّة إلى أعلى فيعلو كل شيء فوقنا.' },
    },
    {
      id: 'dutch',
      label: 'Dutch angle',
      words: 'Dutch angle, canted frame',
      explanation: 'Tilts the horizon so the world feels uneasy or off balance.',
      ar: { label: 'زاوية مائلة', explanation: 'يميل الأفق فيبدو العالم مضطربًا أو غير متوازن.' },
      aliases: ['canted angle'],
    },
    {
      id: 'from-behind',
      label: 'From behind',
      words: 'slight angle from behind',
      explanation: 'Follows the subject from just behind, so we see what they are walking into.',
      ar: { label: 'من الخلف', explanation: 'تتبع الموضوع من خلفه قليلًا فنرى ما يتجه إليه.' },
    },
    {
      id: 'profile',
      label: 'Profile',
      words: 'side profile angle',
      explanation: 'Shows the subject from the side, good for silhouettes and movement across frame.',
      ar: { label: 'جانبية', explanation: 'تُظهر الموضوع من الجانب، مناسبة للظلال والحركة عبر الإطار.' },
    },
  ],
};
