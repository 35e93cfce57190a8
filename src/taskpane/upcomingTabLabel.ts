import { localize, type Language } from '../core/i18n/language';

/** The 待办 tab's label: apart from the tab itself, which loads as its own chunk when chosen. */
export const upcomingTabLabel = (lang: Language): string => localize({ zh: '待办', en: 'Due next', tw: '待辦' }, lang);
