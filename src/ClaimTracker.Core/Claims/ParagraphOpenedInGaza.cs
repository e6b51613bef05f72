namespace ClaimTracker.Core.Claims;

/// <summary>
/// A paragraph set in Gaza by the sentence that opens it: "The toll in Gaza has risen steeply. A fortnight ago, UNRWA's
/// situation report put the number of people killed at 900, including 290 children" (Unseen70 statesman, a New Delhi
/// desk's copy of a UN situation report, golds Palestinians in Gaza): the figure's own sentence names no place, the story
/// is not placed in Gaza as a whole (its byline names another city), and a bare people noun a paragraph before ("Some
/// are hosting 10 to 12 times as many people") had left the count to a bare look-back. A writer's short scene-setter,
/// a sentence with no count of its own that places its words in Gaza (<see cref="OwnPopulation.PlacedInGaza"/>) and
/// names no people but Palestinians, sets the next sentence of its paragraph in Gaza as the sentence's own "in Gaza"
/// would; the count's sentence must itself name no people but Palestinians, and <see cref="OwnPopulation"/> keeps its
/// other conditions (no other country's body, no other country's victims). Golden cases:
/// a_paragraph_opened_in_gaza_sets_its_count_there, a_paragraph_opened_in_gaza_leaves_israels_toll.
/// </summary>
internal static class ParagraphOpenedInGaza
{
    private const string Palestinian = "PS";

    /// <summary>
    /// Whether the sentence before <paramref name="si"/>, in its paragraph, is a scene-setter placing it in Gaza, and sentence
    /// <paramref name="si"/> names no people but Palestinians (<paramref name="namedInSentence"/>, as OwnPopulation read them).
    /// </summary>
    public static bool Sets(string text, List<Sentence> sentences, int si, SentenceTokens sentenceTokens, List<ClaimDraft> drafts,
        List<(Nationality People, bool AsPlace)> namedInSentence)
    {
        var before = si - 1;
        if (!namedInSentence.TrueForAll(n => n.People.Country == Palestinian) || before < 0 || sentences[before].Paragraph != sentences[si].Paragraph || sentences[before].IsHeading || sentences[before].IsFurniture
            || drafts.Exists(d => d.Sentence == before))
        {
            return false;
        }
        var tokens = sentenceTokens.Of(before);
        var named = new List<(Nationality People, bool AsPlace)>();
        OwnPopulation.ReadPeople(text, sentences[before], tokens, named);
        return OwnPopulation.PlacedInGaza(text, tokens) && named.TrueForAll(n => n.People.Country == Palestinian);
    }
}
