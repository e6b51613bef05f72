using System.Buffers;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Tests.Sources;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="SentenceSplitter.NextMark"/> finds stops and bullets by two searches and keeps the next bullet while the
/// walk passes over stops (branch `speed30`): every answer must be the one search of all seven characters, along every
/// line of every test text, walked from mark to mark as the splitter walks and in steps of a few characters.
/// </summary>
public sealed class SentenceSplitterMarksTests
{
    private static readonly SearchValues<char> Marks = SearchValues.Create(".!?■•▪►");

    private static int Walk(string text, int start, int end, int step)
    {
        var bullet = -1;
        var marks = 0;
        for (var i = start; i < end; i++)
        {
            var expected = text.AsSpan(i, end - i).IndexOfAny(Marks);
            Assert.Equal(expected, SentenceSplitter.NextMark(text, i, end, ref bullet));
            if (expected < 0)
            {
                break;
            }
            marks++;
            i = step == 0 ? i + expected : i + step - 1;
        }
        return marks;
    }

    private static int Lines(string text, int step)
    {
        var marks = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            marks += Walk(text, start, end, step);
            start = end + 1;
        }
        return marks;
    }

    [Fact]
    public void The_two_searches_are_the_one_for_every_line_of_every_test_text()
    {
        var marks = 0;
        foreach (var text in AliasWordsTests.TestTexts())
        {
            marks += Lines(text, 0) + Lines(text, 5);
        }
        Assert.True(marks > 20_000, $"Only {marks} marks compared.");
    }

    [Theory]
    [InlineData("■ Ministry: 104 bodies. ■ Reservist killed • two wounded ▪ GHF says ► more. Done!")]
    [InlineData("no marks at all")]
    [InlineData("■■..•?")]
    [InlineData("staff•Kyiv and 1.5 ► end")]
    public void Bullet_lines_answer_as_the_one_search(string line)
    {
        Lines(line, 0);
        Lines(line, 1);
        Lines(line, 3);
    }
}
