import type { Translation } from '../types';
import type { en } from './previz';

/** The Arabic of messages/previz.ts (loaded only when Arabic is chosen). */
export const ar: Translation<typeof en> = {
  'previz.badge': 'Previz · معاينة تخطيطية، ليست فيديو ذكاء اصطناعي',
  'previz.notPreviewed': 'لم يُعرض: {list}',
  'previz.word.rain': 'المطر',
  'previz.word.snow': 'الثلج',
  'previz.word.dialogue': 'الحوار',
  'previz.word.sound': 'الصوت',
  'previz.model': 'معاينة تخطيطية',
  'previz.note': 'ترسم Previz مخططًا ثلاثي الأبعاد بسيطًا لحركة الكاميرا والإضاءة على هذا الجهاز: مجانًا، بلا مفتاح، ولا يغادر شيء متصفحك. إنها معاينة، لا فيديو ذكاء اصطناعي.',
  'previz.cost': 'مجانًا (0 دولار): تُرسم على هذا الجهاز.',
  'previz.showMe': 'أرني',
  'previz.showMeTerm': 'أرني: {term}',
  'previz.previewOf': 'معاينة تخطيطية لـ«{term}»',
  'previz.drawing': 'جارٍ رسم معاينة «{term}»…',
  'previz.failed': 'تعذّر على هذا المتصفح رسم المعاينة ({reason}). يبقى الشرح أعلاه صالحًا.',
  'previz.close': 'إغلاق المعاينة',
};
