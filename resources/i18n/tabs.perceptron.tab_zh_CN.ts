<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>PerceptronTab</name>
    <message>
      <source>Perceptron</source>
      <translation>感知机</translation>
    </message>
    <message>
      <source>Chapter 2: the perceptron. One line separates AND, NAND, OR; XOR needs two layers.</source>
      <translation>第2章：感知机。一条直线就能分开与门、与非门、或门；异或门需要两层。</translation>
    </message>
    <message>
      <source>Chapter 2 · The perceptron</source>
      <translation>第2章 · 感知机</translation>
    </message>
    <message>
      <source>A perceptron outputs y = 1 when w1·x1 + w2·x2 + b &gt; 0 and y = 0 otherwise. In the plane of the inputs, w1·x1 + w2·x2 + b = 0 is a straight line and the shaded side is where y = 1. Drag the line or its round handles until every triangle is on the shaded side and every circle is not.</source>
      <translation>当 w1·x1 + w2·x2 + b &gt; 0 时感知机输出 y = 1，否则输出 y = 0。在输入构成的平面上，w1·x1 + w2·x2 + b = 0 是一条直线，着色的一侧就是 y = 1 的区域。拖动这条直线或它两端的圆形手柄，让所有三角形都在着色一侧、所有圆圈都不在。</translation>
    </message>
    <message>
      <source>Gate:</source>
      <translation>门：</translation>
    </message>
    <message>
      <source>Weights and bias</source>
      <translation>权重和偏置</translation>
    </message>
    <message>
      <source>weight of x1</source>
      <translation>x1 的权重</translation>
    </message>
    <message>
      <source>weight of x2</source>
      <translation>x2 的权重</translation>
    </message>
    <message>
      <source>bias</source>
      <translation>偏置</translation>
    </message>
    <message>
      <source>Show the book's weights</source>
      <translation>使用书中的权重</translation>
    </message>
    <message>
      <source>Why can't one line do it? Explain now</source>
      <translation>为什么一条直线做不到？现在就解释</translation>
    </message>
    <message>
      <source>AND gate: y = 1 only when both inputs are 1.</source>
      <translation>与门（AND）：仅当两个输入都为 1 时 y = 1。</translation>
    </message>
    <message>
      <source>NAND gate (not AND): y = 0 only when both inputs are 1.</source>
      <translation>与非门（NAND）：仅当两个输入都为 1 时 y = 0。</translation>
    </message>
    <message>
      <source>OR gate: y = 1 when at least one input is 1.</source>
      <translation>或门（OR）：只要有一个输入为 1，y = 1。</translation>
    </message>
    <message>
      <source>XOR gate (exclusive OR): y = 1 when exactly one input is 1. Try to separate it with one line.</source>
      <translation>异或门（XOR）：仅当恰好一个输入为 1 时 y = 1。试试用一条直线把它分开。</translation>
    </message>
  </context>
</TS>