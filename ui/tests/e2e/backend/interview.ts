// The parts of an interview (schemas/interview.schema.json) that the in-memory core reads. Only a
// record that passed `validate` is read through this type.

/** A place, from country down to locality. */
export interface Place {
  country?: string | null;
  province?: string | null;
  district?: string | null;
  locality?: string | null;
}

/** An amount of money, possibly a range. */
export interface Money {
  amount: number;
  amount_max?: number | null;
}

/** A migration episode: the fields with actor references and the list's summary. */
export interface Episode {
  destination_country?: string | null;
  sector?: string | null;
  status?: string | null;
  employer?: string | null;
  recruited_by?: string[];
  fees?: { payee?: string | null; amount?: Money | null }[];
  debts?: { lender?: string | null }[];
  exits?: { kind?: string | null; description?: string | null; helped_by?: string[]; people_called?: string[] }[];
  informal_work?: { sector?: string | null; employer?: string | null; found_through?: string[] }[];
}

/** A quote, and whether its speaker agreed to it being quoted. */
export interface Quote {
  text: string;
  consent_to_quote?: boolean;
}

/** An interview record. */
export interface Interview {
  schema_version?: number;
  consent?: {
    scopes?: { store?: boolean; share_deidentified?: boolean; quote_verbatim?: boolean };
    withdrawal?: unknown;
  };
  interview?: { date?: string | null; place?: Place | null } | null;
  participant?: { pseudonym?: string | null; origin?: Place | null } | null;
  identity?: { full_name?: string | null; other_names?: string[] } | null;
  actors?: { id: string; kind?: string | null; name?: string | null }[];
  migration_episodes?: Episode[];
  support_contacts?: { actor?: string | null }[];
  quotes?: Quote[];
  notes?: string | null;
}
