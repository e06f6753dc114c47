import type { Translation } from '../types';
import type { en } from './offline';

/** The Arabic of messages/offline.ts. */
export const ar: Translation<typeof en> = {
  'offline.banner': 'أنت غير متصل: الكتابة والمكتبة والدروس والفيديوهات المحفوظة تعمل؛ أما التوليد وفحص المفاتيح فيحتاجان إلى اتصال.',
  'offline.needsNetwork': 'هذا يحتاج إلى اتصال وأنت غير متصل. عملك محفوظ هنا؛ أعد المحاولة حين يعود الاتصال.',
  'offline.ready': 'حُفظت لقطة على هذا الجهاز وصارت تفتح دون اتصال.',
  'update.region': 'تحديث التطبيق',
  'update.available': 'نسخة جديدة من لقطة جاهزة.',
  'update.apply': 'حدّث الآن',
  'update.later': 'لاحقًا',
  'update.saveFirst': 'احفظ أمرك أولًا: التحديث يعيد تحميل هذا التبويب.',
  'update.appliedElsewhere': 'حُدّثت لقطة. أعد تحميل هذا التبويب حين يُحفظ عملك.',
  'update.reload': 'أعد التحميل',
};
