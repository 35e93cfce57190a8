import { describeFixtureSet } from '../support/handMadeFixtureSets';

// A third set, from three blind testers who wrote each ledger and its expected findings (DOMAIN.md
// §4) before the first scan: a village branch kept in WPS (header bands, merged names over study
// blocks, 到会8人, dashes for farmers' bases), a workshop branch's tidy tables (党小组 merged down
// the roster, a payment list, quarter sheets listing attendees, names padded with spaces) and a
// school branch copied from WeChat (简繁 mixed, 1.17 dates, 党员大会（暨主题党日）, 7/13 attendance).
describeFixtureSet({ folder: 'handmade3', title: ' (third set, blind testers)', minWorkbooks: 3 });
