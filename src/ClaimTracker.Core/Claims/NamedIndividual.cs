namespace ClaimTracker.Core.Claims;

/// <summary>
/// A named individual who speaks for no body the registry knows is credited by name (the lead's ruling on issue 10:
/// an attribution naming a person absent from the registry proposes that person): "Ahmed Saleh, a paramedic, said 12
/// people were killed", "according to economist Serhiy Fursa", "MK Ofer Cassif said", and later "Saleh said" continuing
/// him, all credit the name as the text first gives it, without its title. A person who speaks for a body does not: an
/// office before the name ("Mayor", "police spokesman", "the ministry's director"), one in an apposition or relative
/// after it ("a spokeswoman for", "who heads"), or a link to a capitalised body ("a doctor at Al-Aqsa hospital", "of the
/// Sudan Doctors Network") leaves the body's credit to the rules that find bodies. A speaker carried from another
/// sentence is not credited here (the writer's own narration may stand between), nor a headline's speaker, nor one
/// the text gives only in capitals (a transcript's label). Golden cases: a_named_paramedic_is_credited_by_name,
/// according_to_a_demographer_credits_her, a_lawmakers_family_name_continues_him, a_spokesman_for_a_body_is_not_credited_by_name.
/// </summary>
internal static class NamedIndividual
{
    private const int WordsBefore = 5;
    private const int AppositionWords = 16;
    private static readonly WordSet Offices = WordLists.Set("bodysOfficeWords");
    private static readonly WordSet Stops = WordLists.Set("individualRoleStops");
    private static readonly WordSet Links = WordLists.Set("individualAffiliationLinks");
    private static readonly WordSet Articles = WordLists.Set("individualArticles");

    /// <summary>The individual's name to credit the claim to, or null.</summary>
    public static string? Name(string text, Sentence sentence, ClaimDraft draft)
    {
        if (draft.Source is not null || draft.SourceMention is not { } mention || draft.CarriedFrom >= 0 || sentence.IsHeading
            || IndividualsName.Of(mention, out var office) is not { } name || office)
        {
            return null;
        }
        var at = Nearest(text, name, sentence.End, draft.Number.Start);
        if (at < 0 || (at > sentence.End && text.IndexOf('\n', sentence.End, at - sentence.End) >= 0))
        {
            // Named only in a later paragraph: a headline or lede repeating a body's figure keeps the credit rules' answer.
            return null;
        }
        var (first, full) = IndividualsName.FirstGiven(text, name);
        if (full.Split(' ').Length < 2 || SpeaksForABody(text, at, at + name.Length) || (first >= 0 && SpeaksForABody(text, first, first + full.Length)))
        {
            return null;
        }
        return full;
    }

    // The occurrence nearest the figure: the last one before the sentence's end, else the first one after.
    private static int Nearest(string text, string name, int sentenceEnd, int number)
    {
        var best = -1;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (!IndividualsName.IsWholeWords(text, at, at + name.Length))
            {
                continue;
            }
            if (at > sentenceEnd && best >= 0)
            {
                break;
            }
            best = at;
            if (at > number)
            {
                break;
            }
        }
        return best;
    }

    /// <summary>Whether the name at text[start..end] is introduced as a body's officer or member.</summary>
    internal static bool SpeaksForABody(string text, int start, int end) => OfficeBefore(text, start) || RoleAfter(text, end);

    // "Kharkiv Mayor Ihor Terekhov", "the city's mayor, Vadym Sokolenko", "Bell's predecessor, Matilda Bogner".
    private static bool OfficeBefore(string text, int start)
    {
        // The apposition before the name ("The city's mayor, X") is read across its comma.
        var apposed = start >= 2 && text[start - 1] == ' ' && text[start - 2] == ',';
        var at = apposed ? start - 1 : start;
        for (var n = 0; n < (apposed ? AppositionWords : WordsBefore) && IndividualsName.PreviousWord(text, at) is { } previous; n++)
        {
            var bare = IndividualsName.Bare(previous.Word);
            if (Offices.Contains(bare) || Possessive.Ends(previous.Word))
            {
                return true;
            }
            if (Stops.Contains(bare))
            {
                return false;
            }
            at = previous.Start;
        }
        return false;
    }

    // "X, a spokeswoman for the ministry", "X, who heads the centre", "X, a doctor at Al-Aqsa hospital", "X of the Sudan Doctors Network".
    private static bool RoleAfter(string text, int end)
    {
        var at = end;
        if (at + 1 < text.Length && text[at] == ',' && text[at + 1] == ' ')
        {
            at += 2;
        }
        else if (!(at < text.Length && text[at] == ' '))
        {
            return false;
        }
        var stop = text.IndexOfAny([',', '.', ';', ':', '(', ')', '"', '\u201C', '\u201D', '\n'], at);
        var words = text[at..(stop < 0 ? text.Length : stop)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var appositive = at > end + 1;
        for (var i = 0; i < words.Length && i < AppositionWords; i++)
        {
            var bare = IndividualsName.Bare(words[i]);
            if (appositive && Offices.Contains(bare))
            {
                return true;
            }
            if (Links.Contains(bare) && (appositive || i == 0) && LinksABody(words, i + 1))
            {
                return true;
            }
            if (!appositive)
            {
                return false;
            }
        }
        return false;
    }

    // After "of", "for", "at": a capitalised word, past any article ("of the Sudan Doctors Network", "at Al-Aqsa hospital").
    private static bool LinksABody(string[] words, int i)
    {
        while (i < words.Length && Articles.Contains(words[i]))
        {
            i++;
        }
        return i < words.Length && NameParticle.IsCapitalised(words[i]);
    }
}
