namespace ClaimTracker.Core.Claims;

/// <summary>
/// A statement set in Gaza by its opening sentence: "WHO statement on the attack on Al-Naser Hospital" whose first
/// sentence says the attack was "in northern Gaza" speaks of Gaza in every later sentence that names only a hospital,
/// as a Gaza dateline would ("more than 420 patients", "three health workers were killed": Palestinians in Gaza). A UN
/// agency's statement or update carries no dateline and names its place once, up front (Unseen16's WHO statement,
/// Unseen18's live entries). Only when nothing else places the story: no dateline of another country, and neither the
/// headline nor the opening sentence names a people or country other than Palestinians and Israel, so a Beirut story
/// opening on "the war in Gaza" or a roundup that opens in Lebanon stays where it is. The Gaza place must be named as a
/// place (after a locative such as "in northern", or as a label), not as an owner ("Gaza's health ministry").
/// Read by <see cref="OwnPopulation"/>, which keeps its own conditions per sentence (no other people named, no other
/// country's body counting). Golden cases: gaza_in_a_statements_opening_sentence,
/// a_statement_opening_elsewhere_stays_there.
/// </summary>
internal static class OpeningInGaza
{
    private const string Palestinian = "PS";
    private const string Israeli = "IL";

    public static bool Sets(string text, List<Sentence> sentences, string? datelineCountry, SentenceTokens sentenceTokens)
    {
        if (sentences.Count < 2 || datelineCountry is not (null or Palestinian))
        {
            return false;
        }
        var headline = sentences[0].Paragraph;
        var opening = sentences.FindIndex(s => !s.IsHeading && !s.IsFurniture && s.Paragraph != headline);
        if (opening < 0)
        {
            return false;
        }
        var named = new List<(Nationality People, bool AsPlace)>();
        return OwnPopulation.PlacedInGaza(text, sentenceTokens.Of(opening))
            && OnlyGazasPeople(text, sentences[0], sentenceTokens.Of(0), named)
            && OnlyGazasPeople(text, sentences[opening], sentenceTokens.Of(opening), named);
    }

    private static bool OnlyGazasPeople(string text, Sentence sentence, List<Token> tokens, List<(Nationality People, bool AsPlace)> named)
    {
        OwnPopulation.ReadPeople(text, sentence, tokens, named);
        return named.TrueForAll(n => n.People.Country is Palestinian or Israeli);
    }
}
