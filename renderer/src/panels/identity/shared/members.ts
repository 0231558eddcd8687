/** Rows of the membership picker: a candidate actor, and a member with the roles it will hold. */
export interface Candidate { id: string; name: string; hint?: string }
export interface Member extends Candidate { roleIds: string[] }
