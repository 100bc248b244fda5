using NewsFacts.Generator.Emit;

namespace NewsFacts.Tests.Generator;

/// <summary>The emitters' one indentation mechanism: the writer's level, for single lines and raw-string blocks alike.</summary>
public class SourceWriterTests
{
    [Fact]
    public void A_block_is_written_at_the_writer_s_level_keeping_its_relative_indentation_and_empty_lines_bare()
    {
        var w = new SourceWriter();
        w.Open("namespace N");
        w.Block("""
            int F(int x)
                => x;

            """);
        using (w.Indent())
        {
            w.Line("// one level more");
        }

        w.Close();

        Assert.Equal("namespace N\n{\n    int F(int x)\n        => x;\n\n        // one level more\n}\n", w.ToString());
    }

    [Fact]
    public void Lines_end_in_LF_whatever_line_endings_the_emitter_s_source_has()
    {
        string written = new SourceWriter().Block("// a\r\n// b\r\n").ToString();

        Assert.Equal("// a\n// b\n\n", written);
    }

    [Fact]
    public void Text_of_another_writer_is_appended_at_this_writer_s_level()
    {
        var inner = new SourceWriter().Open("class C").Line("int x;").Close();
        var outer = new SourceWriter().Open("namespace N").Append(inner).Close();

        Assert.Equal("namespace N\n{\n    class C\n    {\n        int x;\n    }\n}\n", outer.ToString());
    }
}
