<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>MainWindow</name>
    <message>
      <source>nnviz — Deep Learning from Scratch, made visible</source>
      <translation>nnviz —— 看得见的《深度学习入门》</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Open model…</source>
      <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Save model…</source>
      <translation>保存模型(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Export figure…</source>
      <translation>导出图片(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Full screen</source>
      <translation>全屏(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Larger text</source>
      <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Smaller text</source>
      <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Normal text size</source>
      <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Chapters of the book</source>
      <translation>本书章节(&amp;C)</translation>
    </message>
    <message>
      <source>Open &amp;log folder</source>
      <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;About nnviz</source>
      <translation>关于 nnviz(&amp;A)</translation>
    </message>
    <message>
      <source>Export figure</source>
      <translation>导出图片</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <source>Could not write {0}.</source>
      <translation>无法写入 {0}。</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>已保存 {0}</translation>
    </message>
    <message>
      <source>Open model</source>
      <translation>打开模型</translation>
    </message>
    <message>
      <source>nnviz models (*.npz)</source>
      <translation>nnviz 模型 (*.npz)</translation>
    </message>
    <message>
      <source>Could not open this model:
{0}</source>
      <translation>无法打开这个模型：
{0}</translation>
    </message>
    <message>
      <source>Save model</source>
      <translation>保存模型</translation>
    </message>
    <message>
      <source>There is no model to save yet: train one first.</source>
      <translation>还没有可保存的模型：请先训练一个。</translation>
    </message>
    <message>
      <source>Chapters of the book</source>
      <translation>本书章节</translation>
    </message>
    <message>
      <source>&lt;h3&gt;nnviz {0}&lt;/h3&gt;&lt;p&gt;Deep learning from scratch, made visible: every idea of the book &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Koki Saito; Chinese edition 《深度学习入门：基于Python的理论与实现》) built from NumPy and drawn on screen.&lt;/p&gt;&lt;p&gt;The engine is pure NumPy, written to be read next to the book.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;nnviz {0}&lt;/h3&gt;&lt;p&gt;看得见的深度学习：把斋藤康毅《深度学习入门：基于Python的理论与实现》中的每个概念都用 NumPy 从零实现，并画在屏幕上。&lt;/p&gt;&lt;p&gt;计算引擎只用 NumPy 编写，可以对照书本阅读。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About nnviz</source>
      <translation>关于 nnviz</translation>
    </message>
    <message>
      <source>Quit nnviz?</source>
      <translation>退出 nnviz？</translation>
    </message>
  </context>
</TS>