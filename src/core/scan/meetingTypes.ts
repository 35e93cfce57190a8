// The meeting types are part of the ledger model; rules import them from here as before.
export { REQUIRED_MEETING_TYPES, meetingTypesOf, type MeetingType } from '../ledger/meetingTypes';
