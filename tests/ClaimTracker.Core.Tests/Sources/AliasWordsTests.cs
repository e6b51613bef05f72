using System.Runtime.InteropServices;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Sources;

public class AliasWordsTests
{
    internal static readonly string[] EdgeCases =
    [
        "U.S. troops, the U.S and U.N. officials; A.B.C said; A.B said; e.g. 10,000 or 1.5 or 3.14.15; x.U.S. then .5 and 5.",
        "Korea's and Korea’s, al-Qassam, 1,200-1,300 soldiers; A320s; H1N1 cases; Ü.S. and É.U.; déjà-vu; naïve 12,000.5,4",
        "a.b.c.d.e. U.S.A U.K.. ...U.S... 10,,000 10.,5 N.Korea Gen. Smith, St. Petersburg. I. II. 2.x.",
        "",
        ".",
        "A.",
        "A.B.",
    ];

    internal static IEnumerable<string> TestTexts() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Concat(EdgeCases);

    [Fact]
    public void The_words_read_off_the_tokens_are_the_word_scanners_words_in_every_test_text()
    {
        // The alias scan reads its words off the article's tokens; any word it saw otherwise than the scanner would
        // move, add or lose a source mention.
        var texts = TestTexts().ToList();
        Assert.True(texts.Count > 700, $"Only {texts.Count} texts found under TestData.");
        var compared = 0;
        var initialisms = 0;
        foreach (var text in texts)
        {
            var expected = new List<(int, int, bool)>();
            var scanner = new WordScanner(text);
            while (scanner.MoveNext())
            {
                expected.Add((scanner.Start, scanner.End, scanner.IsInitialism));
            }
            var tokens = new List<Token>();
            Token.Split(text, 0, text.Length, tokens);
            var read = new List<(int, int, bool)>();
            var words = new AliasWords(text, CollectionsMarshal.AsSpan(tokens));
            while (words.MoveNext())
            {
                read.Add((words.Start, words.End, words.IsInitialism));
            }
            Assert.Equal(expected, read);
            compared += expected.Count;
            initialisms += expected.Count(w => w.Item3);
        }
        Assert.True(compared > 50_000 && initialisms > 50, $"Only {compared} words, {initialisms} initialisms compared.");
    }

    [Fact]
    public void The_candidates_are_every_word_the_alias_scan_would_stop_at_in_every_test_text()
    {
        // AliasTrie.FindAll steps over a word that starts before its resume point or that its first-word sieve turns
        // away; MoveNextCandidate passes over such plain words itself, so the words left must be the same, in order.
        var sieve = new WordSieve(["the", "north", "ministry", "un", "russia", "health", "israeli", "us"]);
        var compared = 0;
        foreach (var text in TestTexts())
        {
            var tokens = new List<Token>();
            Token.Split(text, 0, text.Length, tokens);
            foreach (var (filter, resumeAt) in new[] { (sieve, 0), (sieve, text.Length / 3), ((WordSieve?)null, text.Length / 2) })
            {
                bool Stops(int start, int end, bool dotted) =>
                    start >= resumeAt && (filter is null || dotted || filter.MayContain(text.AsSpan(start, end - start)));
                var expected = new List<(int, int, bool)>();
                var words = new AliasWords(text, CollectionsMarshal.AsSpan(tokens));
                while (words.MoveNext())
                {
                    if (Stops(words.Start, words.End, words.IsInitialism))
                    {
                        expected.Add((words.Start, words.End, words.IsInitialism));
                    }
                }
                var read = new List<(int, int, bool)>();
                var candidates = new AliasWords(text, CollectionsMarshal.AsSpan(tokens));
                while (candidates.MoveNextCandidate(filter, resumeAt))
                {
                    if (Stops(candidates.Start, candidates.End, candidates.IsInitialism))
                    {
                        read.Add((candidates.Start, candidates.End, candidates.IsInitialism));
                    }
                }
                Assert.Equal(expected, read);
                compared += expected.Count;
            }
        }
        Assert.True(compared > 10_000, $"Only {compared} words compared.");
    }

    /// <summary>
    /// <see cref="AliasTrie.FindAll"/> asks a candidate its sieve and resume point again only when it is not
    /// <see cref="AliasWords.Sieved"/> (branch `speed29`): a sieved word must be one the sieve lets through at or past
    /// the resume point, and every other candidate (inside a token with dots or commas, or with no sieve) not sieved.
    /// </summary>
    [Fact]
    public void A_sieved_candidate_is_one_the_sieve_lets_through_past_the_resume_point()
    {
        var sieve = new WordSieve(["the", "north", "ministry", "un", "russia", "health", "israeli", "us"]);
        var (sieved, others) = (0, 0);
        foreach (var text in TestTexts())
        {
            var tokens = new List<Token>();
            Token.Split(text, 0, text.Length, tokens);
            var plainWords = tokens.Where(t => t.IsWord && !t.Joined).Select(t => (t.Start, t.End)).ToHashSet();
            foreach (var (filter, resumeAt) in new[] { (sieve, 0), (sieve, text.Length / 3), ((WordSieve?)null, 0) })
            {
                var candidates = new AliasWords(text, CollectionsMarshal.AsSpan(tokens));
                while (candidates.MoveNextCandidate(filter, resumeAt))
                {
                    var plain = plainWords.Contains((candidates.Start, candidates.End));
                    Assert.Equal(filter is not null && plain, candidates.Sieved);
                    if (candidates.Sieved)
                    {
                        Assert.True(candidates.Start >= resumeAt && filter!.MayContain(candidates.Current));
                    }
                    (sieved, others) = candidates.Sieved ? (sieved + 1, others) : (sieved, others + 1);
                }
            }
        }
        Assert.True(sieved > 10_000 && others > 10_000, $"Only {sieved} sieved and {others} other candidates compared.");
    }
}
