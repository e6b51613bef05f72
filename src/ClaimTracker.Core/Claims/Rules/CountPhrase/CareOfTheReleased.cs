namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Of the 246 Ukrainians returned, 31 were taken to hospital", "nine of the freed prisoners were taken to hospital":
/// hospital care of a part of the people just released is a step of their homecoming, not a wound of the attack the
/// story counts; the part keeps the released whole's metric, other (the gold convention for released prisoners). A
/// wound word in the clause ("31 were seriously wounded") still counts the wounded. The whole is a fronted partitive
/// ("Of the/those …" with a release verb, metrics.json releaseVerbs, before the comma) or follows the count ("of the
/// freed"). Golden case: released_taken_to_hospital_is_other.
/// </summary>
internal static class CareOfTheReleased
{
    private static readonly WordSet ReleaseVerbs = WordLists.Set("releaseVerbs");
    private static readonly WordSet Leads = WordLists.Set("frontedPartitiveLeads");
    private static readonly WordSet Determiners = WordLists.Set("pointingBackDeterminers");

    // How many words the release verb may stand from "of the": "of the 246 Ukrainians returned".
    private const int Reach = 4;

    public static bool Reads(PeopleCountReader reader, CountPhrase phrase, Metric? metric) =>
        metric == Metric.Wounded && !reader.HasAny(ClaimLexicon.Wounded, phrase.Left, phrase.Right)
        && (FrontedWhole(reader, phrase.QualifierFirst) || WholeAfter(reader, phrase.QualifierFirst, phrase.Right));

    private static bool FrontedWhole(PeopleCountReader reader, int qualifierFirst) =>
        qualifierFirst >= 4 && reader.Tokens[0].IsWord && Leads.Contains(reader.Word(0)) && IsComma(reader, qualifierFirst - 1)
        && ReleasedWithin(reader, 1, qualifierFirst - 1);

    private static bool WholeAfter(PeopleCountReader reader, int qualifierFirst, int right)
    {
        for (var i = qualifierFirst + 1; i + 1 < right && i <= qualifierFirst + 2; i++)
        {
            if (reader.Is(i, "of") && ReleasedWithin(reader, i + 1, Math.Min(right, i + 2 + Reach)))
            {
                return true;
            }
        }
        return false;
    }

    // A pointing-back determiner at <paramref name="from"/>, then a release verb before <paramref name="to"/>.
    private static bool ReleasedWithin(PeopleCountReader reader, int from, int to)
    {
        if (!reader.IsIn(from, Determiners))
        {
            return false;
        }
        for (var i = from + 1; i < to && i < reader.Tokens.Count && i <= from + Reach; i++)
        {
            if (reader.IsIn(i, ReleaseVerbs))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsComma(PeopleCountReader reader, int i) =>
        i >= 0 && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ',';
}
