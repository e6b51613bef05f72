namespace ClaimTracker.Core.Claims;

/// <summary>
/// Someone's own kin named only to say whose they are is no count of a fate: "They killed the support of our three
/// disabled daughters" (Unseen60 bbc-deir-al-balah-school-strike-red-crescent: the widow's daughters are not killed,
/// her husband is), "said Samira Abu Saleh, whose three daughters often played at the pitch" (Unseen20
/// guardian-majdal-shams-rocket). A possessive kin count is usually a toll's part ("killed a woman and her two
/// children", "They shot my husband and my two brothers" are gold rows), so the possessive alone decides nothing. Model:
/// a count led by an owner's possessive (counts.json <c>kinOwners</c>) and ending on a kin noun (metrics.json
/// <c>kinNouns</c>) is dropped when "of" ties it to a thing before it that is no fate, no remains and no people
/// ("the support of", "the mother of"; "the bodies of his two sons", "the killing of her three children" keep it), or
/// when "whose" leads it and its clause gave it no fate ("whose two sons were wounded" keeps it). Golden cases:
/// kin_named_to_say_whose_is_no_count, kin_with_a_fate_of_their_own_are_counted.
/// </summary>
internal sealed class KinWithoutAFate : CountPhraseRule
{
    public static readonly KinWithoutAFate Rule = new();

    private static readonly WordSet Owners = WordLists.Set("kinOwners");
    private static readonly WordSet Kin = WordLists.Set("kinNouns");
    private static readonly WordSet Remains = WordLists.Set("remainsNouns");
    private static readonly WordSet Shares = WordLists.Set("kinShareWords");

    private KinWithoutAFate()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var owner = phrase.TokenBefore;
        if (phrase.Noun < 0 || !reader.IsIn(owner, Owners) || !reader.IsIn(phrase.Noun, Kin))
        {
            return true;
        }
        if (reader.Is(owner, "whose"))
        {
            return draft.Metric is not (null or Metric.Other);
        }
        return !(reader.Is(owner - 1, "of") && owner - 2 != phrase.PreviousBound && OfAThing(reader, owner - 2));
    }

    private static bool NumberWordAt(PeopleCountReader reader, int i) => Numbers.NumberWord.TryGet(reader.Word(i), out _);

    // "the support of", "the mother of": a lower-case word that names no fate, no remains and no people, and no share
    // ("two of her sons", "all of their children").
    private static bool OfAThing(PeopleCountReader reader, int head) =>
        head >= 0 && reader.Tokens[head].IsWord && char.IsLower(reader.Word(head)[0]) && !reader.IsNumberToken(head)
        && !reader.IsIn(head, Remains) && !PeopleWords.IsPeopleNoun(reader.Word(head)) && MetricWord.At(reader, head, head + 1) is null
        && !reader.IsIn(head, Shares) && !NumberWordAt(reader, head);
}
