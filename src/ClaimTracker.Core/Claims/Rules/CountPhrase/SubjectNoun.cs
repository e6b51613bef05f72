namespace ClaimTracker.Core.Claims;

/// <summary>
/// The subject a people noun gives a count: soldiers are troops, irregulars fighters, "50 Palestinians" people of
/// that nationality, "101 hostages" are named by their fate, and a metric word ("50 killed", "600,000 casualties")
/// stands for troops or people as the sentence tells. Read by <see cref="NamedPeople"/> and <see cref="BareCount"/>.
/// </summary>
internal static class SubjectNoun
{
    private static readonly WordSet MilitaryUnits = WordLists.Set("militaryUnits");
    private static readonly WordSet HeldStates = WordLists.Set("heldStates");
    private static readonly WordSet KinPeople = WordLists.Set("kinPeople");
    private static readonly WordSet BranchWords = WordLists.Set("branchWords");
    private static readonly WordSet CivilServices = WordLists.Set("civilServiceWords");
    private static readonly WordSet RegularForceModifiers = WordLists.Set("regularForceModifiers");

    // How many words after "members of" may name the branch ("of the territorial defence forces").
    private const int BranchReach = 5;

    public static void Give(PeopleCountReader reader, ClaimDraft draft, int noun)
    {
        var w = reader.Word(noun);
        draft.NounWord = w.ToString();
        if (CivilCrew(reader, noun) || (RescueServiceMembers.MemberNouns.Contains(w) && RescueServiceMembers.Of(reader.Text, reader.Tokens, noun)))
        {
            // "five ambulance crew members", "two rescue crews", "four members of Gaza's civil defence": a civil service's crew, not an army's.
            NameTheCrew(reader, draft, noun);
        }
        else if (ClaimLexicon.MilitaryNouns.Contains(w) || StrengthUnit.IsUnit(w) || ArmyFighters(reader, noun, w) || (w.Equals("members", StringComparison.OrdinalIgnoreCase) && (reader.Is(noun - 1, "service") || OfAUnit(reader, noun) || OfABranch(reader, noun))))
        {
            draft.Noun = "troops";
            draft.Military = true;
        }
        else if (ClaimLexicon.IrregularNouns.Contains(w))
        {
            draft.Noun = "fighters";
            draft.Military = true;
        }
        else if (ClaimLexicon.SingularPeople.Contains(w))
        {
            // "including one child": the subject is named in the plural like any other count's; "and one soldier"
            // counts troops like "two soldiers" (golden case: one_beside_other_counts).
            var plural = Plural(w.ToString().ToLowerInvariant());
            var military = ClaimLexicon.MilitaryNouns.Contains(plural);
            draft.Military |= military;
            draft.Noun = military ? "troops" : plural;
        }
        else if (ClaimLexicon.CivilianNouns.Contains(w))
        {
            if ((Nationality.At(reader.Text, reader.Tokens, noun) ?? DemonymEndingAt(reader, noun)) is { } n)
            {
                // "50 Palestinians", "11,000 North Koreans": the noun is the people itself.
                draft.Nationalities = [n.Nationality.Adjective];
                draft.Noun = "people";
            }
            else
            {
                // "his three nephews", "two sons": a kin word says whose they are, not who; the counted are people
                // (and in Gaza Palestinians, as the sets annotate them).
                draft.Noun = KinPeople.Contains(w) ? "people" : w.ToString().ToLowerInvariant();
            }
        }
        else if (QualifiedLeaders.Named(reader, noun) is { } leaders)
        {
            draft.Noun = leaders;
        }
        else if (ClaimLexicon.Captured.Contains(w))
        {
            // "101 hostages", "95 prisoners": the count names the people by their fate.
            // "taking 251 hostage": the state word after the count names them in the plural.
            var named = w.Equals("pows", StringComparison.OrdinalIgnoreCase) ? "prisoners" : w.ToString().ToLowerInvariant();
            draft.Noun = HeldStates.Contains(w) ? Plural(named) : named;
        }
        else
        {
            // A metric word stands for the people ("50 killed", "600,000 casualties"): whose, the sentence tells.
            // War casualties and losses are soldiers unless the sentence speaks of civilians; not the carriers (CarriedWounded).
            var losses = ClaimLexicon.KilledOrWounded.Contains(w);
            draft.Military = !CarriedWounded.Holds(reader, draft, noun) && (reader.MentionsMilitary() || losses && !reader.MentionsCivilians());
            draft.Noun = draft.Military ? "troops" : "people";
        }
    }

    // "personnel", "crew members"; a rescue service's members are its rescuers, as "its rescuers" are (RescueServiceMembers).
    private static void NameTheCrew(PeopleCountReader reader, ClaimDraft draft, int noun)
    {
        if (reader.Is(noun, "personnel") || reader.Is(noun, "crew") || reader.Is(noun, "crews"))
        {
            draft.Noun = reader.Is(noun, "personnel") ? "personnel" : "crew members";
            return;
        }
        draft.Noun = RescueServiceMembers.Rescuers;
        draft.NounWord = RescueServiceMembers.Rescuers;
    }

    // A crew or personnel led by the civil service it works for: "ambulance crew", "rescue personnel" (golden case
    // a_civil_services_crew_is_no_army).
    private static bool CivilCrew(PeopleCountReader reader, int noun) =>
        (reader.Is(noun, "crew") || reader.Is(noun, "crews") || reader.Is(noun, "personnel"))
        && reader.IsIn(noun - 1, CivilServices);

    // "nine of its members" in a sentence about an engineering regiment, "40 members of the brigade": the members
    // of a military unit the sentence names are its soldiers (Golden case: members_of_a_regiment_are_troops).
    private static bool OfAUnit(PeopleCountReader reader, int noun)
    {
        if (!(reader.Is(noun - 1, "its") || reader.Is(noun - 1, "their") || reader.Is(noun + 1, "of")))
        {
            return false;
        }
        for (var i = 0; i < reader.Tokens.Count; i++)
        {
            if (reader.IsIn(i, MilitaryUnits))
            {
                return true;
            }
        }
        return false;
    }

    // "18 army members", "30 members of the territorial defence forces": members of an armed branch the count names
    // (right before "members", or within a few words after "members of") are its soldiers (people.json branchWords;
    // not "forces" alone: "members of the security forces" keep their noun). Golden case: members_of_a_branch_are_troops.
    private static bool OfABranch(PeopleCountReader reader, int noun)
    {
        if (reader.IsIn(noun - 1, BranchWords) && !RescueServiceMembers.Opens(reader.Text, reader.Tokens, noun - 2))
        {
            return true;
        }
        if (!reader.Is(noun + 1, "of"))
        {
            return false;
        }
        for (var k = noun + 2; k < Math.Min(reader.Tokens.Count, noun + 2 + BranchReach) && reader.Tokens[k].IsWord; k++)
        {
            // "members of the civil defence": a rescue service, not an armed branch (RescueServiceMembers).
            if (BranchWords.Contains(reader.Word(k)) && !RescueServiceMembers.Opens(reader.Text, reader.Tokens, k - 1))
            {
                return true;
            }
        }
        return false;
    }

    // "killed dozens of army fighters": an irregulars' noun after an army word (people.json regularForceModifiers) counts
    // the army's soldiers, as the RSF speaks of Sudan's army (Unseen43 euronews-white-nile; golden case
    // army_fighters_are_troops).
    private static bool ArmyFighters(PeopleCountReader reader, int noun, ReadOnlySpan<char> w) =>
        ClaimLexicon.IrregularNouns.Contains(w) && reader.IsIn(noun - 1, RegularForceModifiers);

    // "North Koreans", "South Sudanese": the noun is the last word of a demonym that starts one word before it.
    private static (Nationality Nationality, int Tokens)? DemonymEndingAt(PeopleCountReader reader, int noun) =>
        noun > 0 && Nationality.At(reader.Text, reader.Tokens, noun - 1) is { Tokens: 2 } n ? n : null;

    private static string Plural(string singular) =>
        singular == "child" ? "children"
        : singular == "person" ? "people"
        : singular.EndsWith("man", StringComparison.Ordinal) ? singular[..^3] + "men"
        : singular.EndsWith('y') && !"aeiou".Contains(singular[^2]) ? singular[..^1] + "ies"
        : singular + "s";
}
