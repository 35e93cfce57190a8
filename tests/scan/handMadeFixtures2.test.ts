import { describeFixtureSet } from '../support/handMadeFixtureSets';

// A second, independent tester's ledgers: student, retired cadres, a tiny company with WeChat
// transfers, a hospital with 党小组, an en-US ledger.
describeFixtureSet({ folder: 'handmade2', title: ' (second set)', minWorkbooks: 5 });
