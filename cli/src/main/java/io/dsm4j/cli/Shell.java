package io.dsm4j.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell would, without expanding anything: blanks
 * separate words; {@code '…'} is literal; {@code "…"} is literal but for {@code \"}, {@code \\},
 * {@code \$} and {@code \`}; a backslash outside quotes takes the next character literally; a word
 * starting with {@code #} starts a comment.
 */
final class Shell {
  private Shell() {}

  /**
   * @param line one command line
   * @return its words
   * @throws IllegalArgumentException for an unterminated quote or a trailing backslash
   */
  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
      } else if (c == '#' && !inWord) {
        break;
      } else if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated ' quote at column " + (i + 1));
        }
        word.append(line, i + 1, end);
        inWord = true;
        i = end + 1;
      } else if (c == '"') {
        int j = i + 1;
        while (true) {
          if (j >= line.length()) {
            throw new IllegalArgumentException("unterminated \" quote at column " + (i + 1));
          }
          char d = line.charAt(j);
          if (d == '"') {
            break;
          }
          if (d == '\\' && j + 1 < line.length() && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
            word.append(line.charAt(j + 1));
            j += 2;
          } else {
            word.append(d);
            j++;
          }
        }
        inWord = true;
        i = j + 1;
      } else if (c == '\\') {
        if (i + 1 >= line.length()) {
          throw new IllegalArgumentException("a backslash at the end of the line");
        }
        word.append(line.charAt(i + 1));
        inWord = true;
        i += 2;
      } else {
        word.append(c);
        inWord = true;
        i++;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
