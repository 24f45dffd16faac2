<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SolvedBanner</name>
    <message>
        <source>✓ Solved: all four inputs are right.</source>
        <translation>✓ 解决了：四个输入全部正确。</translation>
    </message>
    <message>
        <source>{0} of {1} inputs right: make every row green.</source>
        <translation>{1} 个输入中 {0} 个正确：让每一行都变绿。</translation>
    </message>
</context>
<context>
    <name>TruthTable</name>
    <message>
        <source>weighted sum</source>
        <translation>加权和</translation>
    </message>
    <message>
        <source>output y</source>
        <translation>输出 y</translation>
    </message>
    <message>
        <source>target t</source>
        <translation>目标 t</translation>
    </message>
</context>
</TS>
