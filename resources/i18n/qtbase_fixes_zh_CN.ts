<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <!-- Qt's own strings that the qtbase_zh_CN.qm shipped with PySide6 6.11 lacks: Qt 6 added the
       "&" of a keyboard shortcut to these labels and the Chinese file still has the old texts, so
       the file dialog said "Look in:" and "Files of type:" in English (issue 14). Written by hand:
       no nnviz module holds these strings. -->
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
    </message>
  </context>
</TS>
