import { describeFixtureSet } from '../support/handMadeFixtureSets';

// The first tester's seven ledgers: government, WPS enterprise, traditional village, mixed school,
// a payment list, an attendee log, one sheet per quarter and month.
describeFixtureSet({ folder: 'handmade', title: '', minWorkbooks: 7 });
