namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Dr Halima Osman, a surgeon, said 14 were killed. She added that 40 were waiting for surgery. The doctor estimated
/// …": a pronoun or a role noun continuing a named individual who speaks for no registered body credits that person by
/// name, as a pronoun continuing a registered official already credits his body (the lead's ruling on issue 10, which
/// <see cref="NamedIndividual"/> applies where the name itself stands). The speaker continued is the nearest earlier
/// one in the paragraphs before: a registered body's frame or an anonymous speaker between them ends the search (the
/// pronoun is theirs, or nobody's), a speaker of the other sex is passed over ("she" after "Her neighbour Samir Abed"),
/// and a person introduced as a body's officer ("a spokesman for the … Committee") leaves the credit to the body. Met
/// in Unseen77 (Andrey Morozov, "in which he said"), Unseen80 (Jibril Rajoub, "he said" after a quote), Unseen81
/// (Danny Elgarat) and in wire reports of witnesses and doctors. Golden cases: a_pronoun_continues_a_named_doctor,
/// a_pronoun_takes_the_nearest_named_speaker, a_pronoun_after_an_officials_paragraph_keeps_his_body,
/// a_gendered_pronoun_picks_its_speaker, a_pronoun_continuing_a_bodys_officer_keeps_the_body.
/// </summary>
internal static class ContinuedIndividual
{
    // How far back the continued speaker may stand, in sentences.
    private const int SentencesBack = 6;
    // Words before a speaker that may give his or her role ("Her husband,").
    private const int WordsBefore = 3;
    private static readonly WordSet Pronouns = WordLists.Set("continuingPronouns");
    private static readonly WordSet Roles = WordLists.Set("individualTitles");
    private static readonly WordSet Female = WordLists.Set("femaleIndividualWords");
    private static readonly WordSet Male = WordLists.Set("maleIndividualWords");
    private static readonly WordSet Possessors = WordLists.Set("possessivePronouns");

    private enum Sex { Unknown, Female, Male }

    /// <summary>Names the individual a pronoun or a role noun continues on the figures left without a registered source.</summary>
    public static void Credit(string text, List<Sentence> sentences, List<Attributor>?[] attributors, List<ClaimDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Source is not null || draft.CarriedFrom >= 0 || draft.SourceMention is not { } mention || sentences[draft.Sentence].IsHeading
                || Continuing(mention) is not { } role || !InQuotation(text, sentences, draft) || Anchor(sentences, attributors, draft, mention) is not { } anchor)
            {
                continue;
            }
            draft.Individual = Antecedent(text, sentences, attributors, anchor.Sentence, anchor.Speaker, role);
        }
    }

    // The figure stands inside a quotation opened in its paragraph: the person's own words, which the older golds also
    // credit by the speaker's name where they give it. A figure the writer reports in indirect speech after "he said"
    // is left as it was (Unseen4, 12, 15, 16 give such rows no source).
    private static bool InQuotation(string text, List<Sentence> sentences, ClaimDraft draft)
    {
        var first = draft.Sentence;
        while (first > 0 && sentences[first - 1].Paragraph == sentences[draft.Sentence].Paragraph)
        {
            first--;
        }
        var start = sentences[first].Start;
        // Read through the figure itself: a mark that opens on it ("Seven of …) opens only with a word after it.
        return draft.Number.Start > start && OpenQuotation.Left(text.AsSpan(start, draft.Number.End - start)) is not null;
    }

    // "he", "she" (role ""), "the doctor" (role "doctor"); null for any other words.
    private static string? Continuing(string mention)
    {
        var words = mention.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && Pronouns.Contains(words[0]))
        {
            return "";
        }
        return words.Length == 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && Roles.Contains(words[1]) ? words[1].ToLowerInvariant() : null;
    }

    // The attributor the figure took its mention from: in its own sentence, or after the quotation it sits in.
    private static (int Sentence, Attributor Speaker)? Anchor(List<Sentence> sentences, List<Attributor>?[] attributors, ClaimDraft draft, string mention)
    {
        for (var si = draft.Sentence; si < sentences.Count && si <= draft.Sentence + ClaimExtractor.QuoteReach && sentences[si].Paragraph == sentences[draft.Sentence].Paragraph; si++)
        {
            if (attributors[si]?.FirstOrDefault(a => a.Text == mention && a.Source is null) is { } speaker)
            {
                return (si, speaker);
            }
        }
        return null;
    }

    // The nearest earlier speaker of a compatible sex, if it is a named individual speaking for no body.
    private static string? Antecedent(string text, List<Sentence> sentences, List<Attributor>?[] attributors, int si, Attributor anaphor, string role)
    {
        var wanted = role.Length == 0 ? SexOf(anaphor.Text) : Sex.Unknown;
        for (var s = si; s >= 0 && s >= si - SentencesBack && !sentences[s].IsHeading; s--)
        {
            var own = attributors[s];
            for (var a = own is null ? -1 : own.Count - 1; a >= 0; a--)
            {
                var candidate = own![a];
                if (candidate.Start >= anaphor.Start || (candidate.IsAnaphor && candidate.Source is null && Continuing(candidate.Text) is not null))
                {
                    continue; // the anaphor itself, or an earlier link of the same chain
                }
                if (candidate.Source is not null)
                {
                    return null; // a registered body spoke between: the pronoun is its officer's
                }
                var sex = SexAround(text, sentences[s], candidate);
                if (wanted != Sex.Unknown && sex != Sex.Unknown && sex != wanted)
                {
                    continue; // "she" passes over a man named between
                }
                return Named(text, sentences[s], candidate, role);
            }
        }
        return null;
    }

    // The candidate's full name, when it names an individual who speaks for no body and fits the role noun.
    private static string? Named(string text, Sentence sentence, Attributor candidate, string role)
    {
        if (IndividualsName.Of(candidate.Text, out var office) is not { } name || office)
        {
            return null;
        }
        // "Park Min" read out of "Park Min-ho": only a name that stands whole where the speaker is introduced.
        var at = text.IndexOf(name, candidate.Start, StringComparison.Ordinal);
        if (at < 0 || !IndividualsName.IsWholeWords(text, at, at + name.Length))
        {
            return null;
        }
        var (first, full) = IndividualsName.FirstGiven(text, name);
        if (full.Split(' ').Length < 2 || NamedIndividual.SpeaksForABody(text, candidate.Start, candidate.Start + candidate.Text.Length)
            || (first >= 0 && NamedIndividual.SpeaksForABody(text, first, first + full.Length)))
        {
            return null;
        }
        // "the doctor" continues a person the text calls a doctor ("Dr", "a doctor at the clinic").
        if (role.Length > 0 && !Mentions(text[sentence.Start..sentence.End], role))
        {
            return null;
        }
        return full;
    }

    private static bool Mentions(string sentence, string role) =>
        sentence.Contains(role, StringComparison.OrdinalIgnoreCase) || (role == "doctor" && sentence.Contains("Dr", StringComparison.Ordinal));

    private static Sex SexOf(string words) => Female.Contains(words.Trim()) ? Sex.Female : Male.Contains(words.Trim()) ? Sex.Male : Sex.Unknown;

    // The sex the candidate's own words and the rest of its sentence give ("Mona Khalil, a mother of five, said she …").
    private static Sex SexAround(string text, Sentence sentence, Attributor candidate)
    {
        var female = false;
        var male = false;
        // "Her husband, Samir Abed, said": the role just before the person, past the possessive that is another's.
        var before = text[sentence.Start..Math.Max(sentence.Start, candidate.Start)].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in before.Skip(Math.Max(0, before.Length - WordsBefore)).Where(w => !Possessors.Contains(w)))
        {
            female |= Female.Contains(word);
            male |= Male.Contains(word);
        }
        var start = Math.Max(sentence.Start, candidate.Start);
        var words = text[start..sentence.End].Split([' ', ',', '.', ';', ':', '"', '\u201C', '\u201D'], StringSplitOptions.RemoveEmptyEntries);
        // "Her husband, Samir Abed": the possessive before the person is the one he belongs to, not his own.
        foreach (var word in words.Skip(words.Length > 0 && Possessors.Contains(words[0]) ? 1 : 0))
        {
            female |= Female.Contains(word);
            male |= Male.Contains(word);
        }
        return female == male ? Sex.Unknown : female ? Sex.Female : Sex.Male;
    }
}
